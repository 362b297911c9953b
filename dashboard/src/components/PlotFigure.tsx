/**
 * An Observable Plot chart as a React element: drawn as SVG for the width it is given, again when
 * that width or the data change, with a caption and a text alternative for screen readers.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState, type ReactNode } from 'react';

export const PlotFigure = (props: {
  caption: ReactNode;
  description: string;
  plot: (width: number) => Plot.PlotOptions;
  className?: string;
}) => {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const { plot, description } = props;

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      setWidth((previous) => (Math.abs(previous - next) > 4 ? next : previous));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = holder.current;
    if (!element || width === 0) return;
    const chart = Plot.plot({ ...plot(width), width });
    // One image with one text alternative: Plot labels its groups ("bar", "rule") without a role,
    // which screen readers cannot use; the caption and the tables beside each chart carry the data.
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', description);
    for (const labelled of chart.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
    for (const described of chart.querySelectorAll('[aria-description]'))
      described.removeAttribute('aria-description');
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [plot, width, description]);

  return (
    <figure className={props.className ?? 'chart'}>
      <figcaption>{props.caption}</figcaption>
      <div ref={holder} className="plot" />
    </figure>
  );
};

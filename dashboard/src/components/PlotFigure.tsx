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
    const chart = Plot.plot({ ...plot(width), width, ariaDescription: description });
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

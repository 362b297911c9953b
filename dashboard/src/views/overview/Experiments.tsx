/**
 * Experiments by state and result. Failures are as prominent as successes: "not supported" and
 * "stopped early" sit beside "supported" in the same size, each with what was learnt.
 */
import { useQuery } from '../../api/useQuery';
import { Failure } from '../../components/States';
import {
  ExperimentResultsDocument,
  type AsOfInput,
  type ExperimentResultsQuery,
} from '../../generated/graphql';
import { formatDay, sentence } from '../../model/format';
import { classOf, EXPERIMENT_RESULT, EXPERIMENT_STATUS, NEXT_STEP } from '../../model/labels';
import type { Overview } from './types';

type Experiment = ExperimentResultsQuery['experiments']['edges'][number]['node'];

const outcomeOf = (experiment: Experiment): string | null =>
  experiment.stoppedEarly
    ? EXPERIMENT_STATUS.STOPPED_EARLY
    : experiment.conclusion
      ? EXPERIMENT_RESULT[experiment.conclusion.result]
      : null;

const Learning = ({ experiment }: { experiment: Experiment }) => (
  <li>
    <strong>{experiment.title}</strong>{' '}
    <span className={`badge ${classOf(outcomeOf(experiment) ?? '')}`}>{outcomeOf(experiment)}</span>
    {experiment.conclusion && (
      <p>
        Concluded {formatDay(experiment.conclusion.concludedAt)}: {sentence(experiment.conclusion.learning)}{' '}
        Next step: {NEXT_STEP[experiment.conclusion.nextStep]}.
      </p>
    )}
    {experiment.stoppedEarly && (
      <p>
        Stopped {formatDay(experiment.stoppedEarly.stoppedAt)}: {sentence(experiment.stoppedEarly.rationale)}{' '}
        Learnt: {sentence(experiment.stoppedEarly.learning)}
      </p>
    )}
  </li>
);

/** How many experiments are in each state and of each result, failures in the same size as successes. */
const ExperimentCounts = ({ counts }: { counts: Overview['experiments'] }) => (
  <ul className="stats" aria-label="Experiments by state and result">
    <li>
      <span className="number">{counts.designed}</span> designed
    </li>
    <li>
      <span className="number">{counts.running}</span> running
    </li>
    <li className="success">
      <span className="number">{counts.supported}</span> supported
    </li>
    <li className="failure">
      <span className="number">{counts.notSupported}</span> not supported
    </li>
    <li className="failure">
      <span className="number">{counts.inconclusive}</span> inconclusive
    </li>
    <li className="failure">
      <span className="number">{counts.stoppedEarly}</span> stopped early
    </li>
  </ul>
);

const Learnings = ({ heading, experiments }: { heading: string; experiments: readonly Experiment[] }) => (
  <div>
    <h3>{heading}</h3>
    {experiments.length ? (
      <ul className="learning">
        {experiments.map((e) => (
          <Learning key={e.experimentId} experiment={e} />
        ))}
      </ul>
    ) : (
      <p>None yet.</p>
    )}
  </div>
);

export const Experiments = (props: {
  programmeId: string;
  counts: Overview['experiments'];
  asOf: AsOfInput | null;
}) => {
  const { counts } = props;
  const list = useQuery(ExperimentResultsDocument, { programmeId: props.programmeId, asOf: props.asOf });
  const experiments = list.status === 'ready' ? list.data.experiments.edges.map((edge) => edge.node) : [];
  const succeeded = experiments.filter((e) => e.conclusion?.result === 'SUPPORTED');
  const failed = experiments.filter(
    (e) => e.stoppedEarly || (e.conclusion && e.conclusion.result !== 'SUPPORTED'),
  );
  const total = counts.designed + counts.running + counts.concluded + counts.stoppedEarly;
  return (
    <section aria-labelledby="experiments-heading">
      <h2 id="experiments-heading">Experiments</h2>
      <ExperimentCounts counts={counts} />
      {total === 0 && <p className="empty">No experiment has been designed yet.</p>}
      {list.status === 'failed' ? (
        <Failure error={list.error} retry={list.reload} />
      ) : (
        (succeeded.length > 0 || failed.length > 0) && (
          <div className="columns">
            <Learnings heading="What worked" experiments={succeeded} />
            <Learnings heading="What did not work, and what was learnt" experiments={failed} />
          </div>
        )
      )}
    </section>
  );
};

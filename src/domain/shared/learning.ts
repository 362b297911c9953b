import { citedDecision, type Facts } from '../facts';
import type { DecisionCitation, Learning } from './citation';
import { requireText } from './validation';

/** DOMAIN: failure is shown as plainly as success, so its learning and next step are required where asked for. */
export const requireLearning = (data: Learning): Learning => ({
  learning: requireText(data.learning, 'learning (what the programme learnt)'),
  nextStep: requireText(data.nextStep, 'next step (what was done next)'),
});

/**
 * The optional parts of a step that may follow a failure or a decision: the review decision cited
 * (checked), what was learnt and what was done next. Only what was given is kept, so an event
 * without them reads as before 0.3.0.
 */
export const optionalReasons = (
  facts: Facts,
  programmeId: string,
  data: { decision?: DecisionCitation; learning?: string; nextStep?: string },
): { decision?: DecisionCitation; learning?: string; nextStep?: string } => {
  const decision = citedDecision(facts, programmeId, data.decision);
  return {
    ...(decision ? { decision } : {}),
    ...(data.learning !== undefined
      ? { learning: requireText(data.learning, 'learning (what the programme learnt)') }
      : {}),
    ...(data.nextStep !== undefined
      ? { nextStep: requireText(data.nextStep, 'next step (what was done next)') }
      : {}),
  };
};

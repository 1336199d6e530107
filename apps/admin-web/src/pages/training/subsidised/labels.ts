/**
 * The subsidised training's labels (R6 二(五)), from `@jining/rules/vocabulary/training`: apart from labels.ts so the
 * login page does not carry them.
 */
import { TRAINING_CLASS_ACTION, TRAINING_PROGRAMME } from '@jining/rules/vocabulary/training';
import type { TrainingClassAction, TrainingProgramme } from '../../../gql/graphql';

export const trainingProgrammeLabels: Record<TrainingProgramme, string> = TRAINING_PROGRAMME.labels;
export const trainingClassActionLabels: Record<TrainingClassAction, string> = TRAINING_CLASS_ACTION.labels;

import { isApiError } from '@/api/errors';

/** The service answers 400 when the run is no longer submitted or running: it finished meanwhile. */
export const isAlreadyFinished = (error: unknown) => isApiError(error) && error.status === 400;

export const CANCEL_CONSEQUENCE =
  'The Control Service stops the execution’s pod and marks it Cancelled. Work the job already did (rows written, ' +
  'tables changed) is not rolled back.';

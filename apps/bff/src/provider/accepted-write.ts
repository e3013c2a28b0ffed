import { isAzureMlError } from "@keyturn/azureml-rest";

/**
 * A v2 write followed for at most KEYTURN_OPERATION_WAIT_MS. Azure takes minutes to create or update
 * an endpoint; a write it accepted whose operation still runs at that deadline is no failure: the
 * resource is read as it is now (`done: false`, answered 202), never a 504 for a change in progress.
 */
export async function acceptedWrite<T>(
  write: () => Promise<T>,
  read: () => Promise<T>,
): Promise<{ value: T; done: boolean }> {
  try {
    return { value: await write(), done: true };
  } catch (err) {
    if (isAzureMlError(err) && err.stillRunning) return { value: await read(), done: false };
    throw err;
  }
}

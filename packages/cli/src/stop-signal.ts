/** An abort signal fired by SIGINT or SIGTERM, and the way to stop listening. */
export interface StopSignal {
  signal: AbortSignal
  /** Removes the handlers: a later Ctrl-C ends the process as usual. */
  dispose(): void
}

/**
 * Turns the first SIGINT (Ctrl-C) or SIGTERM into an abort, so a batch can close its
 * output cleanly; a second one ends the process at once.
 */
export function stopSignal(): StopSignal {
  const controller = new AbortController()
  const onSignal = () => {
    dispose()
    controller.abort()
  }
  const dispose = () => {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return {signal: controller.signal, dispose}
}

/** Runs a command with a stop signal, and stops listening for it when the command ends. */
export async function withStopSignal<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = stopSignal()
  try {
    return await run(stop.signal)
  } finally {
    stop.dispose()
  }
}

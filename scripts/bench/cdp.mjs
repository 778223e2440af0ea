// Talking to a page through CDP alone (the load measurements use nothing else).

/**
 * Evaluates `expression` in the page through CDP and returns its (awaited) value.
 *
 * The load measurements never use Playwright's own waiting or evaluation: those inject its
 * selector engine into the page, and that alone is about 1.1 MB of JS heap (measured: the
 * same page after load, 2.69 MB with `waitForSelector`, 1.55 MB without), which would be
 * counted as the app's.
 */
export async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value;
}

/** A page-side promise that resolves once `condition` holds, or rejects after `ms`. */
export function waitInPage(condition, ms) {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (${condition}) return resolve(true);
      if (performance.now() - started > ${ms}) return reject(new Error(${JSON.stringify(`timed out: ${condition}`)}));
      setTimeout(poll, 10);
    };
    poll();
  })`;
}

/**
 * Resolves in a new task, so the page paints and answers input before a long piece of work goes on. A promise that
 * is already settled (a stream's chunk that has arrived) continues in the same task: a loop over such awaits never
 * lets the page render. A message, unlike a timer, is not clamped to 4 ms when such breaks follow one another.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

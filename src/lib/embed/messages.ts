/** The message an embedded page sends its parent so the iframe can take the content's height. */
export const HEIGHT_MESSAGE = 'wujin-archive:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return message?.type === HEIGHT_MESSAGE && typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0;
}

/** Reports the document's height to the embedding page whenever it changes (no-op when not framed). */
export function reportHeight(target: Window = window.parent): void {
  if (target === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height } satisfies HeightMessage, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/** Navigation state that carries a one-time confirmation to the next page ("Job ingest-sales was deleted."). */
export interface FlashState {
  notice: string;
}

export const withNotice = (notice: string): FlashState => ({ notice });

export const isFlash = (state: unknown): state is FlashState =>
  typeof state === 'object' && state !== null && typeof (state as Partial<FlashState>).notice === 'string';

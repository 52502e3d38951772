let context: AudioContext | null = null;

/** A short two-tone chime made with the Web Audio API (no audio file); silent where audio is unavailable. */
export function beep(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
    const now = context.currentTime;
    const gain = context.createGain();
    gain.connect(context.destination);
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.2, now + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.35);
    [880, 1320].forEach((frequency, i) => {
      const tone = context!.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(now + i * 0.12);
      tone.stop(now + 0.35);
    });
  } catch {
    // No audio output (or blocked until a click): the title count still tells.
  }
}

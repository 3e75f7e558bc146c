import { describe, expect, it } from 'vitest';
import type { ExampleDefinition } from './ExampleDefinition';
import { exampleUsage, parseExampleArgs } from './parseExampleArgs';
import { UsageError } from './UsageError';

const def: ExampleDefinition = {
  name: 'demo-example',
  title: 'Demo',
  description: 'A definition for the argument tests.',
  defaults: { sampleRate: 44_100, frameLength: 512, channels: 2, seconds: 3 },
  options: [{ name: 'wav', description: 'WAV file' }, { name: 'q', description: 'quality', defaultValue: '30' }],
  create() {
    throw new Error('not used');
  },
};

describe('parseExampleArgs', () => {
  it('applies the defaults', () => {
    const a = parseExampleArgs(def, []);
    expect(a.settings).toEqual({ sampleRate: 44_100, frameLength: 512, channels: 2, seconds: 3, outDir: 'out', extra: { q: '30' }, historySeconds: 10 });
    expect(a.choice).toEqual({ simulated: false, fast: false });
    expect(a.set).toEqual({});
    expect(a.help).toBe(false);
  });

  it('reads every option', () => {
    const a = parseExampleArgs(def, ['--simulated', '--fast', '--seconds', '0.5', '--frame-length', '256', '--fs', '48000', '--out', 'tmp/x', '--history', '12.5', '--set', 'gainDb=-6', '--set', 'panPercent=25', '--wav', 'a.wav', '--q', '12']);
    expect(a.settings).toEqual({ sampleRate: 48_000, frameLength: 256, channels: 2, seconds: 0.5, outDir: 'tmp/x', extra: { wav: 'a.wav', q: '12' }, historySeconds: 12.5 });
    expect(a.choice).toEqual({ simulated: true, fast: true });
    expect(a.set).toEqual({ gainDb: -6, panPercent: 25 });
    expect(parseExampleArgs(def, ['--device', 'pulse', '--latency', '0.05']).choice).toEqual({ simulated: false, fast: false, device: 'pulse', latency: 0.05 });
    expect(parseExampleArgs(def, ['--device', '3', '--latency', 'high']).choice).toEqual({ simulated: false, fast: false, device: '3', latency: 'high' });
    expect(parseExampleArgs(def, ['-h']).help).toBe(true);
  });

  it('rejects mistakes with a UsageError naming the option and value', () => {
    const bad: [string[], RegExp][] = [
      [['--seconds=-1'], /--seconds must be a positive number, got "-1"/],
      [['--seconds', '-1'], /Option '--seconds' argument is ambiguous/],
      [['--seconds', 'abc'], /--seconds must be a positive number/],
      [['--frame-length', '100.5'], /--frame-length must be a positive integer, got "100.5"/],
      [['--fs', '0'], /--fs must be a positive number/],
      [['--fs', '500'], /--fs must be between 1000 and 384000 Hz, got 500/],
      [['--set', 'gain'], /--set expects name=number, got "gain"/],
      [['--set', 'gain=loud'], /--set expects name=number/],
      [['--simulated', '--device', '1'], /--simulated and --device cannot be used together/],
      [['--fast'], /--fast needs --simulated/],
      [['--simulated', '--latency', '0.1'], /--latency applies to PortAudio devices/],
      [['--latency', 'medium'], /--latency must be a positive number/],
      [['--bogus'], /demo-example: Unknown option '--bogus'/],
      [['--history', '0'], /--history must be a positive number, got "0"/],
      [['--history', '7200'], /--history must be at most 3600 s, got 7200/],
    ];
    for (const [argv, message] of bad) {
      expect(() => parseExampleArgs(def, argv), argv.join(' ')).toThrow(UsageError);
      expect(() => parseExampleArgs(def, argv), argv.join(' ')).toThrow(message);
    }
  });

  it('documents every option in the usage text', () => {
    const text = exampleUsage(def);
    for (const o of ['--device', '--simulated', '--fast', '--seconds', '--frame-length', '--fs', '--out', '--history', '--latency', '--set', '--wav', '--q', '--help']) expect(text).toContain(o);
    expect(text).toContain('(default 3)');
    expect(text).toContain('(default 44100)');
    expect(text.split('\n')[0]).toBe(`Usage: npx tsx ${def.name}.ts [options]`);
    expect(exampleUsage(def, 'examples/x.ts').split('\n')[0]).toBe('Usage: npx tsx examples/x.ts [options]');
  });
});

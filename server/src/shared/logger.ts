import { type DestinationStream, type Logger, pino } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `json`: one JSON object a line, for a log collector (production); `pretty`: one readable line, for a person. */
export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go; standard output by default. Tests pass a stream of their own to read what was logged. */
  destination?: DestinationStream;
}

/** Fields every line may carry; pino adds `level`, `time` and `msg`. `err` is serialised with its cause chain. */
export type LogFields = Record<string, unknown>;

/** A component's view of the process logger: lines carry `component`, and follow `configureLogger` when it runs. */
export interface Log {
  debug(fields: LogFields | string, message?: string): void;
  info(fields: LogFields | string, message?: string): void;
  warn(fields: LogFields | string, message?: string): void;
  error(fields: LogFields | string, message?: string): void;
  fatal(fields: LogFields | string, message?: string): void;
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
}

function build(settings: LogSettings): Logger {
  const out = settings.destination;
  // Synchronous writes: a line written just before process.exit (a fatal error, the end of a shutdown) is not lost.
  const destination =
    settings.format === 'json' ? (out ?? pino.destination({ dest: 1, sync: true })) : prettyTo(out ?? process.stdout);
  return pino(
    {
      level: settings.level,
      base: undefined,
      // Seconds are not enough to order one request's lines; ISO time reads the same in every collector.
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: pino.stdSerializers.errWithCause },
      formatters: { level: (label) => ({ level: label }) },
      // A token or password never reaches a line, even when a caller passes a whole object by mistake.
      redact: {
        paths: ['authorization', 'token', 'password', '*.authorization', '*.token', '*.password', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

// Before main.ts configures it (and in tests that start a server in their own process): warnings and errors only,
// readable, so that test output stays quiet and a real failure still shows.
let root: Logger = build({ level: 'warn', format: 'pretty' });

/**
 * Sets the level, format and destination of every line the process writes from now on (main.ts, from the env).
 * Returns a function that puts the previous logger back (tests that read what was logged).
 */
export function configureLogger(settings: LogSettings): () => void {
  const previous = root;
  root = build(settings);
  return () => {
    root = previous;
  };
}

/** The log of one component (`http`, `ws`, `events`, `supervision`, …). */
export function componentLog(component: string): Log {
  const at =
    (level: Exclude<LogLevel, 'silent'>) =>
    (fields: LogFields | string, message?: string): void => {
      if (!root.isLevelEnabled(level)) return;
      if (typeof fields === 'string') root[level]({ component }, fields);
      else root[level]({ component, ...fields }, message);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    fatal: at('fatal'),
    enabled: (level) => root.isLevelEnabled(level),
  };
}

const LEVEL_WORDS: Record<string, string> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO ',
  warn: 'WARN ',
  error: 'ERROR',
  fatal: 'FATAL',
};
const OWN_KEYS = new Set(['level', 'time', 'msg', 'component', 'err']);

/**
 * The development format, without a worker thread or another package: `09:41:03.120 INFO  [http] message key=value`,
 * and an error's stack (with its causes) on the lines below. Synchronous, so a line written just before
 * `process.exit` is not lost.
 */
export function prettyTo(out: { write(chunk: string): unknown }): DestinationStream {
  return {
    write(line: string) {
      out.write(prettyLine(line));
    },
  };
}

/** HH:MM:SS.mmm in the machine's time zone: the person reading is at that machine. */
export function clockTime(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}.${String(at.getMilliseconds()).padStart(3, '0')}`;
}

/** One JSON line as pino writes it, made readable (exported for its test). */
export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof record.time === 'string' ? clockTime(new Date(record.time)) : '';
  const level = LEVEL_WORDS[String(record.level)] ?? String(record.level);
  const component = record.component ? `[${String(record.component)}] ` : '';
  const fields = Object.entries(record)
    .filter(([key]) => !OWN_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  let stack = '';
  type Serialised = { stack?: string; message?: string; cause?: Serialised };
  for (let err = record.err as Serialised | undefined, depth = 0; err && depth < 5; err = err.cause, depth += 1) {
    stack += `\n${depth > 0 ? 'caused by: ' : ''}${err.stack ?? err.message ?? JSON.stringify(err)}`;
  }
  return `${time} ${level} ${component}${String(record.msg ?? '')}${fields ? `  ${fields}` : ''}${stack}\n`;
}

import { QUERY_SUBJECT_PREFIX, type StreamDefinition } from '#libs/contracts';

/** Maps the platform's subjects and stream names into one deployment's (or one test's) namespace. */
export class SubjectNaming {
  constructor(readonly prefix: string = '') {
    if (prefix && !/^[A-Za-z0-9_-]+$/.test(prefix)) {
      throw new Error(`MESSAGING_PREFIX must be letters, digits, - or _ (got "${prefix}")`);
    }
  }

  subject(subject: string): string {
    return this.prefix ? `${this.prefix}.${subject}` : subject;
  }

  unprefix(subject: string): string {
    return this.prefix && subject.startsWith(`${this.prefix}.`) ? subject.slice(this.prefix.length + 1) : subject;
  }

  stream(def: StreamDefinition): { name: string; subjects: string[] } {
    return {
      name: this.prefix ? `${this.prefix}_${def.name}` : def.name,
      subjects: def.subjects.map((s) => this.subject(s)),
    };
  }

  /** Durable consumer name for one (service, subscription); shared by the service's replicas. */
  consumer(service: string, pattern: string): string {
    const tail = pattern.replace(/\.>$/, '.all').replace(/\*/g, 'any').replace(/[^A-Za-z0-9_-]/g, '_');
    return `${service}__${tail}`;
  }

  query(pattern: string): string {
    return this.subject(`${QUERY_SUBJECT_PREFIX}${pattern}`);
  }

  deadLetter(service: string, subject: string): string {
    return this.subject(`civic.deadletter.${service}.${subject}`);
  }
}

/** NATS subject matching with `*` (one token) and `>` (the rest). */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== '*' && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

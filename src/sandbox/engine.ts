// The sandbox's state and time, without HTTP: projects (created and seeded on first use), the
// virtual clock, lifecycle settling, events and callback delivery, snapshots for persistence.
import type { CallbackSender } from './callbacks';
import type { VirtualClock } from './clock';
import type { EventHub } from './events';
import type { SandboxEvent } from './contract';
import { runDue } from './lifecycle';
import { DATA_FORMAT, type SandboxSnapshot } from './persistence';
import { seedProject } from './seed';
import { ProjectStore } from './store';

export interface EngineOptions {
  seed: number;
  numbersPerProject: number;
  clock: VirtualClock;
  events: EventHub;
  callbacks: CallbackSender;
  /** Called after anything changed that a data file should keep. */
  onChange?: () => void;
}

export class SandboxEngine {
  seed: number;
  readonly clock: VirtualClock;
  private readonly projects = new Map<string, ProjectStore>();

  constructor(private readonly options: EngineOptions) {
    this.seed = options.seed;
    this.clock = options.clock;
  }

  now(): number {
    return this.clock.now();
  }

  /** The project, created with its seeded numbers on first use, with due steps applied. */
  project(projectId: string): ProjectStore {
    let store = this.projects.get(projectId);
    if (!store) {
      store = seedProject(this.seed, projectId, this.options.numbersPerProject, this.now());
      this.projects.set(projectId, store);
      this.changed();
    }
    this.settle(store);
    return store;
  }

  /** The project if it exists, without creating it. */
  existingProject(projectId: string): ProjectStore | undefined {
    const store = this.projects.get(projectId);
    if (store) this.settle(store);
    return store;
  }

  emit(event: SandboxEvent): void {
    this.options.events.emit(event);
  }

  changed(): void {
    this.options.onChange?.();
  }

  /** Applies the due lifecycle steps of every project (after a clock advance, or on a realtime tick). */
  settleAll(): void {
    for (const store of this.projects.values()) this.settle(store);
  }

  advance(seconds: number): void {
    this.clock.advance(seconds);
    this.settleAll();
    this.changed();
  }

  reset(seed?: number): void {
    if (seed !== undefined) {
      if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
      this.seed = seed;
    }
    this.projects.clear();
    this.changed();
  }

  snapshot(): SandboxSnapshot {
    return { format: DATA_FORMAT, seed: this.seed, virtualNow: this.now(), projects: [...this.projects.values()].map((p) => p.toStored()) };
  }

  restore(snapshot: SandboxSnapshot): void {
    this.seed = snapshot.seed;
    this.projects.clear();
    for (const p of snapshot.projects) this.projects.set(p.projectId, ProjectStore.fromStored(p));
  }

  private settle(store: ProjectStore): void {
    if (this.now() < store.dueAt) return;
    // Something was due, so something changed.
    const outputs = runDue(store, this.now());
    for (const out of outputs) {
      if (out.kind === 'event') this.emit(out.event);
      else this.options.callbacks.send(out.url, out.payload);
    }
    this.changed();
  }
}

import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { AlertScope } from '../alerts/alert-scope.js';
import { Actor } from '../scheduling/engagement.queries.js';
import { EngagementSummary } from './engagement-summary.js';

/**
 * Where staff stand with an alert, apart from what the detector found: open → acknowledged → resolved,
 * resolved straight from open too, and a resolved alert reopened.
 */
export const TriageStates = ['open', 'acknowledged', 'resolved'] as const;
export type TriageState = (typeof TriageStates)[number];

/** A list's `triage` filter; without it a list leaves resolved alerts out. */
export const TriageFilters = [...TriageStates, 'all'] as const;

/** What staff do to an alert, as the routes name it. */
export const TriageCommands = ['acknowledge', 'resolve', 'reopen', 'assign'] as const;
export type TriageCommand = (typeof TriageCommands)[number];

/** What happened to an alert, as its history and events name it; `redetected` is the detector finding it again. */
export const TriageActions = ['acknowledged', 'resolved', 'reopened', 'assigned', 'redetected'] as const;
export type TriageAction = (typeof TriageActions)[number];

export const MAX_TRIAGE_NOTE = 2000;

/** A staff identity: the key id (or sign-in subject) the gateway authenticated, visible ASCII. */
export const STAFF_ID = /^[\x21-\x7e]{1,200}$/;

/** A staff member's note: why it was resolved, or a word on an acknowledgement or reopening. */
export class TriageNoteBody {
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TRIAGE_NOTE)
  note?: string;
}

/** Body of `POST /v1/conflicts/{id}/resolve` and `/v1/fatigue/{id}/resolve`: what was done about it, required. */
export class ResolveBody {
  @IsString({ message: 'note is required to resolve: say what was done about it' })
  @MaxLength(MAX_TRIAGE_NOTE)
  note: string;
}

/** Body of `.../assign`: a staff id (an API key's id, as `GET /v1/api-keys/current` gives it), or null to unassign. */
export class AssignBody {
  /** Null unassigns; it must be sent either way. */
  @IsOptional()
  @Matches(STAFF_ID, { message: 'assignee must be a staff id (a key id): 1-200 visible characters, no spaces' })
  assignee?: string | null;

  /** How to show the assignee, e.g. "Dana Ortiz". */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assigneeName?: string | null;
}

/** Body of `scheduling.conflict.triage` and `scheduling.fatigue.triage`: one staff action on one alert, at the version read; `assignee` for `assign`. */
export class TriageRequest extends AssignBody {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @IsUUID('all', { message: 'id must be an alert id (a UUID)' })
  id: string;

  @IsIn(TriageCommands)
  command: TriageCommand;

  /** From If-Match. */
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_TRIAGE_NOTE)
  note?: string;
}

/** The `{id}` of a triage route, and body of `scheduling.conflict.history` and `scheduling.fatigue.history`. */
export class AlertIdParams {
  @IsUUID('all', { message: 'id must be an alert id (a UUID)' })
  id: string;
}

/** What one step of an alert's triage did, as its history and its event both say. */
class TriageChange {
  @IsIn(TriageActions)
  action: TriageAction;

  @IsIn(TriageStates)
  from: TriageState;

  @IsIn(TriageStates)
  to: TriageState;

  @IsOptional()
  @IsString()
  note: string | null;

  /** In the history, whom an `assigned` step assigned it to (null: unassigned); in an event, its assignee after the step. */
  @IsOptional()
  @IsString()
  assignee: string | null;

  @IsOptional()
  @IsString()
  assigneeName: string | null;

  @IsISO8601()
  at: string;
}

/** One step of an alert's triage: who did what, when, from which state to which. */
export class TriageEntry extends TriageChange {
  /** The staff id that acted; null when the detector found the alert again. */
  @IsOptional()
  @IsString()
  actorId: string | null;

  @IsOptional()
  @IsString()
  actorRole: string | null;
}

/** Answer of `GET /v1/conflicts/{id}/history` and `GET /v1/fatigue/{id}/history`: oldest first. */
export class TriageHistory {
  @ValidateNested({ each: true })
  @Type(() => TriageEntry)
  items: TriageEntry[];
}

/** What every triage event says of the step, beside the alert it names. */
class TriageStep extends TriageChange {
  @IsString()
  actorId: string;

  /** The alert's version after the step: its ETag. */
  @IsInt()
  @Min(1)
  version: number;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/** `civic.coordination.conflict.triage.acknowledged`, `.resolved`, `.reopened`, `.assigned`: a staff member's step on a conflict. */
export class ConflictTriagedV1 extends TriageStep {
  @IsUUID()
  conflictId: string;

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  engagements: EngagementSummary[];
}

/** `civic.coordination.fatigue.triage.acknowledged`, `.resolved`, `.reopened`, `.assigned`: a staff member's step on a fatigue alert. */
export class FatigueTriagedV1 extends TriageStep {
  @IsUUID()
  fatigueId: string;

  @IsUUID()
  organizationId: string;

  @IsString()
  organizationName: string;

  /** The engagements that tipped the community into fatigue in this window. */
  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  engagements: EngagementSummary[];
}

/** Where staff stand with an alert, as every view of one shows it; `version` is its ETag, for If-Match. */
export class TriagedAlert {
  @IsIn(TriageStates)
  triage: TriageState;

  @IsOptional()
  @IsString()
  assignee: string | null;

  @IsOptional()
  @IsString()
  assigneeName: string | null;

  /** The note it was resolved with; null once reopened. */
  @IsOptional()
  @IsString()
  note: string | null;

  /** When staff last acted on it. */
  @IsOptional()
  @IsISO8601()
  triagedAt: string | null;

  @IsInt()
  @Min(1)
  version: number;
}

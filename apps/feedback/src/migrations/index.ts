import { Comment } from '../comments/comment.entity.js';
import { EngagementReference } from '../engagements/engagement-reference.entity.js';
import { Place } from '../places/place.entity.js';
import { ReportBack } from '../report-backs/report-back.entity.js';
import { Synthesis, ThemeAnswer, ThemeAssignment } from '../syntheses/synthesis.entity.js';
import { Comments1764300001000 } from './1764300001000-comments.js';
import { Syntheses1764300002000 } from './1764300002000-syntheses.js';
import { ReportBacks1764300003000 } from './1764300003000-report-backs.js';
import { UploadParts1764300004000 } from './1764300004000-upload-parts.js';
import { DropUploadParts1764300007000 } from './1764300007000-drop-upload-parts.js';
import { CommentExternalIds1764300005000 } from './1764300005000-comment-external-ids.js';
import { IdempotentRequests1764300006000 } from './1764300006000-idempotent-requests.js';

export const FeedbackEntities = [Comment, Place, Synthesis, ThemeAssignment, ThemeAnswer, EngagementReference, ReportBack];
export const FeedbackMigrations = [Comments1764300001000, Syntheses1764300002000, ReportBacks1764300003000, UploadParts1764300004000, CommentExternalIds1764300005000, IdempotentRequests1764300006000, DropUploadParts1764300007000];

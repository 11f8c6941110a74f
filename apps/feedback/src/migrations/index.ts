import { Comment } from '../comments/comment.entity.js';
import { Place } from '../places/place.entity.js';
import { Comments1764300001000 } from './1764300001000-comments.js';

export const FeedbackEntities = [Comment, Place];
export const FeedbackMigrations = [Comments1764300001000];

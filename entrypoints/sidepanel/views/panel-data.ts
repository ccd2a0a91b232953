// What every view of the side panel cites and dates its content with.
import { sources } from '@/data/sources';
import { contentReviewedOn, formatReviewDate } from '@/data/review';
import { createCite } from '@/lib/cite';

export const cite = createCite(sources);
export const reviewed = formatReviewDate(contentReviewedOn);

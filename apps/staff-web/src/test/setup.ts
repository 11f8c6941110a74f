import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../i18n';

// Far from the city, so that a time shown in the computer's zone instead of Pacific Time shows.
process.env.TZ = 'Asia/Tokyo';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { messages } from '@/i18n/locales/en.po';

// Component tests read English, the language their assertions are written in.
i18n.loadAndActivate({ locale: 'en', messages });

afterEach(() => cleanup());

import type { Config } from 'tailwindcss';

// Theme tokens live here and in src/index.css (CSS variables, light and dark);
// status colours come from the one status table via --status-* variables.
export default {
  darkMode: 'media',
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        surface: 'var(--surface)',
        'surface-2': 'var(--surface-2)',
        'surface-3': 'var(--surface-3)',
        border: 'var(--border)',
        fg: 'var(--fg)',
        'fg-muted': 'var(--fg-muted)',
        accent: 'var(--accent)',
        'accent-fg': 'var(--accent-fg)',
        danger: 'var(--danger)',
        warning: 'var(--warning)',
        'status-pending': 'var(--status-pending)',
        'status-paid': 'var(--status-paid)',
        'status-processing': 'var(--status-processing)',
        'status-shipped': 'var(--status-shipped)',
        'status-delivered': 'var(--status-delivered)',
        'status-cancelled': 'var(--status-cancelled)',
        'status-refunded': 'var(--status-refunded)',
        'status-other': 'var(--status-other)',
      },
      fontFamily: {
        sans: ['Inter', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'sans-serif'],
      },
    },
  },
} satisfies Config;

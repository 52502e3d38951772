import { render, screen } from '@testing-library/react';
import { makeOrder } from '../model/fixtures';
import { DEFAULT_THRESHOLDS } from './attention-rules';
import { LateDot } from './late-dot';

const created = Date.parse('2026-03-01T10:00:00Z');
const HOUR = 3600e3;

describe('LateDot', () => {
  it("marks what the queue's rules select and says why", () => {
    const paid = makeOrder({ order_status: 'paid', createdAtMs: created });
    render(<LateDot order={paid} now={created + 50 * HOUR} thresholds={DEFAULT_THRESHOLDS} />);
    expect(screen.getByTitle('Paid, not processed after 2 days · waiting 2 days')).toBeInTheDocument();
  });

  it("follows the staff's thresholds, not a fixed day", () => {
    const pending = makeOrder({ order_status: 'pending', createdAtMs: created });
    const thresholds = { ...DEFAULT_THRESHOLDS, pending: 48 };
    const { container } = render(
      <LateDot order={pending} now={created + 30 * HOUR} thresholds={thresholds} />,
    );
    expect(container).toBeEmptyDOMElement();
    render(<LateDot order={pending} now={created + 2 * HOUR} thresholds={{ ...thresholds, pending: 1 }} />);
    expect(screen.getByText('Not paid after 1 hour · waiting 2 hours.')).toBeInTheDocument();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { ROW_HEIGHT, useRowWindow, WindowedTable } from '../../../src/components/ui/row-window';

function Table({ count }: { count: number }) {
  const rowWindow = useRowWindow(count);
  const { first, last } = rowWindow;
  return (
    <WindowedTable
      label="Rows"
      count={count}
      rowWindow={rowWindow}
      head={
        <tr>
          <th scope="col">Row</th>
        </tr>
      }
    >
      {Array.from({ length: last - first }, (_, i) => (
        <tr key={first + i}>
          <td>row {first + i}</td>
        </tr>
      ))}
    </WindowedTable>
  );
}

/** The rows in the DOM, and the height the two spacers stand for, in rows. */
function shown() {
  const rows = screen.getAllByRole('cell').map((cell) => cell.textContent);
  const spacers = [...document.querySelectorAll('tr[aria-hidden="true"]')].map(
    (row) => parseFloat((row as HTMLElement).style.height) / ROW_HEIGHT,
  );
  return { rows, spacers };
}

describe('useRowWindow and WindowedTable', () => {
  it('puts the rows in sight and a few more in the DOM, and stands the rest as spacers', () => {
    render(<Table count={10_000} />);
    const { rows, spacers } = shown();
    expect(rows[0]).toBe('row 0');
    expect(rows.length).toBeLessThan(100);
    // No spacer above the first row; the one below stands for every row left out.
    expect(spacers).toEqual([10_000 - rows.length]);
  });

  it('follows the scroll: the rows at the scroll position, every row accounted for', () => {
    render(<Table count={10_000} />);
    const region = screen.getByRole('region', { name: 'Rows' });
    Object.defineProperty(region, 'clientHeight', { value: 340 });
    region.scrollTop = 5_000 * ROW_HEIGHT;
    fireEvent.scroll(region);
    const { rows, spacers } = shown();
    expect(rows).toContain('row 5000');
    expect(rows).toContain('row 5009');
    expect(rows).not.toContain('row 0');
    expect((spacers[0] ?? 0) + rows.length + (spacers[1] ?? 0)).toBe(10_000);
  });

  it('shows a short list whole, with no spacer', () => {
    render(<Table count={5} />);
    expect(shown()).toEqual({ rows: ['row 0', 'row 1', 'row 2', 'row 3', 'row 4'], spacers: [] });
  });

  it('names the table and its scroll region, and counts every row and the header', () => {
    render(<Table count={10_000} />);
    expect(screen.getByRole('table', { name: 'Rows' })).toHaveAttribute('aria-rowcount', '10001');
    expect(screen.getByRole('region', { name: 'Rows' })).toHaveAttribute('tabindex', '0');
  });
});

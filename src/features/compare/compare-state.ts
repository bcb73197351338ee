import { create } from 'zustand';

interface CompareUiState {
  /** The panel shows the comparison with a file (a baseline dataset) rather than two dates. */
  fileMode: boolean;
  /** The presenters' split view: the map before the compared range beside the map now. */
  split: boolean;
  /** What the main map showed when the split view opened: both maps frame it once split. */
  splitFrame: [number, number, number, number] | null;
  /** The file compared with (its id in `file-source.ts`, and the file for its ids), or null. */
  baseline: { id: string; file: File } | null;
  setBaseline: (baseline: { id: string; file: File } | null) => void;
  showFile: () => void;
  showDates: () => void;
  setSplit: (split: boolean, frame?: [number, number, number, number] | null) => void;
  close: () => void;
}

/**
 * How the comparison is looked at: the panel's file mode and the split view. A store of its own
 * beside the app store's `compare` (the two dates, which the link carries): these are a
 * presenter's layout, not a view to share, and the dashboard reads them to lay out its maps.
 */
export const useCompareUi = create<CompareUiState>()((set) => ({
  fileMode: false,
  split: false,
  splitFrame: null,
  baseline: null,
  setBaseline: (baseline) => set({ baseline }),
  showFile: () => set({ fileMode: true, split: false }),
  showDates: () => set({ fileMode: false }),
  setSplit: (split, frame = null) => set({ split, splitFrame: split ? frame : null }),
  close: () => set({ fileMode: false, split: false }),
}));

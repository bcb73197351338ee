import type { IControl, Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import { useControl, type ControlPosition } from 'react-map-gl/maplibre';
import { useT } from '../../stores/use-t';

export interface ResetViewControlProps {
  position: ControlPosition;
  bounds: [number, number, number, number];
  /** Room kept around the bounds for the panels over the map. */
  padding: () => PaddingOptions;
}

class ResetControl implements IControl {
  private container: HTMLDivElement | null = null;
  private button: HTMLButtonElement | null = null;
  constructor(
    private readonly bounds: [number, number, number, number],
    private label: string,
    private readonly padding: () => PaddingOptions,
  ) {}

  onAdd(map: MaplibreMap): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'reset-view-button';
    this.button.textContent = '⌂';
    this.setLabel(this.label);
    this.button.addEventListener('click', () =>
      map.fitBounds(this.bounds, { padding: this.padding() }),
    );
    this.container.append(this.button);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
  }

  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('aria-label', label);
    if (this.button) this.button.title = label;
  }
}

/** A map control that brings the camera back to all of China. */
export function ResetViewControl({ position, bounds, padding }: ResetViewControlProps) {
  const t = useT();
  const control = useControl(() => new ResetControl(bounds, t('map.reset'), padding), {
    position,
  });
  control.setLabel(t('map.reset'));
  return null;
}

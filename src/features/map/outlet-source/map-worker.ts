/**
 * MapLibre's worker with the outlet URLs installed in it (`outlet-protocol.ts`). The map is
 * given this file as its `workerUrl`; MapLibre's worker module runs first and sets up the
 * worker's global scope, including `addProtocol`.
 */
import type { WorkerGlobalScopeInterface } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { installOutletProtocol } from './outlet-protocol';

installOutletProtocol(self as unknown as WorkerGlobalScopeInterface);

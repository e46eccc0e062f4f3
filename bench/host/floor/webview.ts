export {};

// The floor panel's script (bench/host/floor/extension.ts): one text field, its value kept with
// setState like the form's draft, so a hidden panel comes back with it.
interface FloorState {
  value: string;
}

declare function acquireVsCodeApi(): { getState(): unknown; setState(state: FloorState): void };

const api = acquireVsCodeApi();
const saved = api.getState() as Partial<FloorState> | undefined;
const field = document.createElement('textarea');
field.id = 'floor-field';
field.value = typeof saved?.value === 'string' ? saved.value : '';
field.addEventListener('input', () => api.setState({ value: field.value }));
document.getElementById('app')?.append(field);

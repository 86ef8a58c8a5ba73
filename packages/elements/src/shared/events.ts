/**
 * Every event the elements fire: `kl-` prefixed, bubbling and composed (so it leaves the shadow root and
 * reaches listeners on the document), with a typed `detail`.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the detail type (`emit<KlToggleDetail>(…)`) so the value they pass is checked against it.
export function emit<D>(host: HTMLElement, type: `kl-${string}`, detail: D): boolean {
  return host.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true }));
}

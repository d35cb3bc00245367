// What a view gives the router: its element, a title, work to do once it is on the page, and
// work to stop when it is replaced (a scan in progress, for instance).
export interface View {
  title: string;
  element: HTMLElement;
  mounted?: () => void;
  unmounted?: () => void;
}

// What a view gives the router: its element, a title, and work to do once it is on the page.
export interface View {
  title: string;
  element: HTMLElement;
  mounted?: () => void;
}

/**
 * Files dragged onto the map open there (the report desk): while they are over it the area says so
 * (`data-dropping` holds the words, drawn by layout.css), and a drop hands them on. A drop that misses the
 * map is swallowed: the browser would otherwise leave the page to show or download the file.
 */
interface DropOptions {
  onfiles: (files: File[]) => void;
  label: () => string;
}

const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function dropFiles(node: HTMLElement, initial: DropOptions) {
  let options = initial;
  /** dragenter/leave fire for every child crossed: counted, so the mark goes only when the files leave */
  let depth = 0;
  const mark = (on: boolean) => {
    if (on) node.dataset.dropping = options.label();
    else delete node.dataset.dropping;
  };
  const enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth++;
    mark(true);
  };
  const leave = (e: DragEvent) => {
    if (!carriesFiles(e) || --depth > 0) return;
    depth = 0;
    mark(false);
  };
  const drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    mark(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) options.onfiles(files);
  };
  /** over the map: a copy; anywhere else: nothing (and no navigation away) */
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = node.contains(e.target as Node) ? 'copy' : 'none';
  };
  const elsewhere = (e: DragEvent) => {
    if (carriesFiles(e) && !node.contains(e.target as Node)) e.preventDefault();
  };
  node.addEventListener('dragenter', enter);
  node.addEventListener('dragleave', leave);
  node.addEventListener('drop', drop);
  window.addEventListener('dragover', over);
  window.addEventListener('drop', elsewhere);
  return {
    update(next: DropOptions) {
      options = next;
    },
    destroy() {
      node.removeEventListener('dragenter', enter);
      node.removeEventListener('dragleave', leave);
      node.removeEventListener('drop', drop);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', elsewhere);
    },
  };
}

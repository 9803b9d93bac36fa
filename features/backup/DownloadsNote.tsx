/** What the browser keeps of a saved copy, and how to remove it: said before anything is saved. */
export function DownloadsNote() {
  return (
    <div class="note">
      <p>
        Your browser’s downloads list will show this file by its name (it looks like a calculator’s saved memory).
        Keep the file somewhere only you can reach, such as a USB stick, then remove it from the list:
      </p>
      <ul>
        <li>Chrome, Edge: open the downloads list (Ctrl+J, or Downloads in the ⋮ menu) and choose the × beside the file.</li>
        <li>Firefox: open the downloads list (Ctrl+Shift+Y, or Downloads in the ☰ menu), right-click the file and choose “Remove From History”.</li>
      </ul>
      <p>Removing it from the list does not delete the file itself.</p>
    </div>
  );
}

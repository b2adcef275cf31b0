/** Placeholder: image and data downloads are being built (issues 7 and 8). */
export default function ExportMenu() {
  return null;
}

/** The performance budgets the benchmark reports against (issues #5 and #8). Sizes are gzip bytes. */
export const BUDGETS = {
  /** JavaScript per page, all of it, gzip. */
  jsBytes: 20 * 1024,
  /** Everything a page loads (HTML, CSS, JS, icons, data), gzip. */
  pageBytes: 200 * 1024,
  /** Lighthouse mobile preset, every chapter. */
  lighthousePerformance: 98,
  lcpMs: 1500,
  tbtMs: 100,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
  lighthouseSeo: 100,
  cls: 0,
  /** Long tasks while scrolling a chapter with the CPU slowed 4×. */
  longTasks: 0,
} as const;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

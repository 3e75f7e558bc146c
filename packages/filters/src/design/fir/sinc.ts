// Internal helper shared by the FIR design functions (not exported from the package).

/** The normalised sinc, sin(πx)/(πx), with sinc(0) = 1 (numpy's `np.sinc`). */
export const sinc = (x: number): number => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));

/**
 * The layers of the handwritten-digit network, as plain loops over Float32Arrays (channel-major
 * planes: index = channel * height * width + y * width + x). The training tool runs its forward
 * pass through these same functions, so training and recognition cannot disagree.
 */

/** The planes copied into `padded`, each with a border of zeros one pixel wide. */
export function padPlanes(input: Float32Array, channels: number, height: number, width: number, padded: Float32Array): void {
  const paddedWidth = width + 2;
  const paddedPlane = (height + 2) * paddedWidth;
  padded.fill(0, 0, channels * paddedPlane);
  for (let c = 0; c < channels; c++) {
    for (let y = 0; y < height; y++) {
      const from = c * height * width + y * width;
      padded.set(input.subarray(from, from + width), c * paddedPlane + (y + 1) * paddedWidth + 1);
    }
  }
}

/**
 * 3×3 convolution with zero padding (output the size of the input), plus bias.
 * `weights` is [output channel][input channel][3×3, row-major]; `padded` is scratch space of at
 * least inputs × (height + 2) × (width + 2) values.
 */
export function conv3x3(
  input: Float32Array,
  inputs: number,
  height: number,
  width: number,
  weights: Float32Array,
  bias: Float32Array,
  outputs: number,
  output: Float32Array,
  padded: Float32Array,
): void {
  padPlanes(input, inputs, height, width, padded);
  const plane = height * width;
  const pw = width + 2;
  const paddedPlane = (height + 2) * pw;
  for (let o = 0; o < outputs; o++) {
    const out = o * plane;
    output.fill(bias[o] as number, out, out + plane);
    for (let i = 0; i < inputs; i++) {
      const k = (o * inputs + i) * 9;
      const w0 = weights[k] as number, w1 = weights[k + 1] as number, w2 = weights[k + 2] as number;
      const w3 = weights[k + 3] as number, w4 = weights[k + 4] as number, w5 = weights[k + 5] as number;
      const w6 = weights[k + 6] as number, w7 = weights[k + 7] as number, w8 = weights[k + 8] as number;
      const source = i * paddedPlane;
      for (let y = 0; y < height; y++) {
        const to = out + y * width;
        // Row above, same row and row below the output pixel, in the padded plane.
        const r0 = source + y * pw;
        const r1 = r0 + pw;
        const r2 = r1 + pw;
        for (let x = 0; x < width; x++) {
          output[to + x]! +=
            w0 * (padded[r0 + x] as number) + w1 * (padded[r0 + x + 1] as number) + w2 * (padded[r0 + x + 2] as number) +
            w3 * (padded[r1 + x] as number) + w4 * (padded[r1 + x + 1] as number) + w5 * (padded[r1 + x + 2] as number) +
            w6 * (padded[r2 + x] as number) + w7 * (padded[r2 + x + 1] as number) + w8 * (padded[r2 + x + 2] as number);
        }
      }
    }
  }
}

export function reluInPlace(values: Float32Array): void {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < 0) values[i] = 0;
}

/** 2×2 max pooling, stride 2 (odd last row or column dropped). */
export function maxPool2(input: Float32Array, channels: number, height: number, width: number, output: Float32Array): void {
  const outHeight = height >> 1;
  const outWidth = width >> 1;
  for (let c = 0; c < channels; c++) {
    for (let y = 0; y < outHeight; y++) {
      for (let x = 0; x < outWidth; x++) {
        const at = c * height * width + 2 * y * width + 2 * x;
        output[c * outHeight * outWidth + y * outWidth + x] = Math.max(
          input[at] as number,
          input[at + 1] as number,
          input[at + width] as number,
          input[at + width + 1] as number,
        );
      }
    }
  }
}

/** Fully connected layer: `weights` is [output][input]. */
export function dense(input: Float32Array, inputs: number, weights: Float32Array, bias: Float32Array, outputs: number, output: Float32Array): void {
  for (let o = 0; o < outputs; o++) {
    let sum = bias[o] as number;
    const row = o * inputs;
    for (let i = 0; i < inputs; i++) sum += (weights[row + i] as number) * (input[i] as number);
    output[o] = sum;
  }
}

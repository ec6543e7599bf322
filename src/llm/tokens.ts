import { countTokens } from 'gpt-tokenizer';

/**
 * Token counts with OpenAI's o200k_base encoding (gpt-4o and later). Other models' tokenizers
 * differ by a few percent; the budget keeps a margin for that.
 */
export function tokenCount(text: string): number {
  return countTokens(text);
}

/** USD per million tokens (input, output) of models whose price is public; others need `llm-price`. */
const PRICES: Record<string, [number, number]> = {
  'gpt-4o': [2.5, 10],
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-4.1': [2, 8],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1-nano': [0.1, 0.4],
};

export function priceFor(model: string, override: [number, number] | undefined): [number, number] | undefined {
  return override ?? PRICES[model];
}

export function estimateCost(price: [number, number] | undefined, input: number, output: number): number | undefined {
  return price ? (input * price[0] + output * price[1]) / 1_000_000 : undefined;
}

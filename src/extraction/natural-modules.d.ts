/**
 * Types for the two parts of `natural` the engine loads directly (loading the package root pulls in
 * storage back-ends that print dotenv banners on stdout, which would break the CLI's JSON Lines).
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  class BayesClassifier {
    constructor();
    addDocument(text: string | string[], classification: string): void;
    train(): void;
    getClassifications(observation: string | string[]): { label: string; value: number }[];
  }
  export = BayesClassifier;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}

/** Memories whose nearest neighbours are known: shared by the semantic-memory and backup tests. */
export const facts = [
  "Caroline adopted a golden retriever puppy called Biscuit last spring",
  "Melanie's pottery class meets every Thursday evening in Zanzibar Street",
  "The stock market fell sharply after the interest rate announcement",
  "Caroline is training to run the Boston marathon in April",
  "We ordered pepperoni pizza for the family movie night",
]

/**
 * English stopwords for keyword search: the NLTK list (function words and the contraction
 * forms the tokenizer produces, e.g. "i'm", "don't"). Pronouns and auxiliaries carry no
 * topic, and in conversational memories they are in most documents anyway.
 */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his " +
    "himself she her hers herself it its itself they them their theirs themselves what which " +
    "who whom this that these those am is are was were be been being have has had having do " +
    "does did doing a an the and but if or because as until while of at by for with about " +
    "against between into through during before after above below to from up down in out on " +
    "off over under again further then once here there when where why how all any both each " +
    "few more most other some such no nor not only own same so than too very s t can will " +
    "just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma " +
    "mightn mustn needn shan shouldn wasn weren won wouldn " +
    "i'm i've i'll i'd you're you've you'll you'd he's he'll he'd she's she'll she'd it's " +
    "it'll we're we've we'll we'd they're they've they'll they'd that's that'll there's " +
    "here's what's who's where's when's why's how's let's isn't aren't wasn't weren't " +
    "hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't " +
    "cannot couldn't mustn't mightn't needn't"
  ).split(" "),
)

// Broad vocabularies, merged into the lexicon's tags (see LEXICON in lexicon.ts). lexicon.ts holds the
// hand-picked phrases. This file holds systematic word lists, so that the rules generalise to wording
// nobody wrote down in advance: negative personality-trait adjectives and nouns (after the trait
// lexicons used in personality psychology), medical and mental-health vocabulary, demonyms, legal
// terms, and so on. Entries are separated by `|` or line breaks; phrase syntax is the matcher's.

const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '');

/** Negative-valence personality-trait adjectives that rarely describe things. */
const TRAIT_ADJ = list(`
absent-minded | aimless | amoral | antagonistic | autocratic | backstabbing | big-headed | bigheaded | blinkered
boastful | boorish | bratty | callous | calculating | cantankerous | chauvinistic | churlish | cold-hearted
conceited | contemptuous | contrary | cowardly | crabby | crafty | cranky | crass | cruel | cunning | deceitful
defeatist | defiant | dim-witted | disagreeable | disdainful | disloyal | disobedient | dithering | dogmatic | dour
egocentric | elitist | envious | fickle | flippant | foolish | frivolous | fussy | gossipy | greedy | grouchy
hard-nosed | haughty | headstrong | heartless | high-handed | heavy-handed | humourless | humorless | hypercritical
hypocritical | ignorant | illogical | impatient | impolite | impulsive | inattentive | inconsiderate | indecisive
indifferent | insecure | insensitive | insincere | insufferable | intolerant | irrational | irresponsible | irritable
jealous | judgemental | judgmental | lackadaisical | loudmouthed | malicious | mean-spirited | meddlesome | meddling
melodramatic | mercenary | morose | muddle-headed | nagging | nit-picking | nitpicky | noncommittal | obsequious
offhand | officious | opinionated | opportunistic | overconfident | over-emotional | overemotional | pedantic | petty
picky | possessive | presumptuous | pretentious | prissy | quarrelsome | quick-tempered | reckless | resentful | rowdy
ruthless | secretive | self-absorbed | self-centred | self-centered | self-righteous | self-serving | shallow
sharp-tongued | slapdash | slippery | slovenly | smarmy | snappy | snide | snobbish | snobby | snooty | spiteful
spoiled | spoilt | stingy | stuck-up | superficial | supercilious | tactless | tetchy | thoughtless | tiresome
truculent | unadaptable | uncaring | uncommunicative | undependable | undisciplined | unfocused | unfocussed
unforgiving | ungrateful | unimaginative | unkind | unreasonable | unruly | unsociable | unsympathetic | untidy
vindictive | weak-minded | whiny | wishy-washy | workshy | work-shy | irascible | peevish | testy | waspish | chippy
mardy | gormless | daft | uptight | highly-strung | ham-fisted | cack-handed | bumbling | ineffectual | feeble | wimpy
weedy | whingeing | whinging | mopey | frosty | spiky | snotty | caustic | acerbic | vitriolic | hectoring
belittling | dismissive | scornful | sneering | mocking | glib | scheming | conniving | underhand | underhanded
duplicitous | unscrupulous | unethical | cut-throat | cutthroat | power-hungry | attention-seeking | overdramatic
histrionic | flighty | ditsy | spaced-out | spacey | plodding | dull-witted | thick-headed | brainless | clueless
witless | stupid | incapable | ineffective | shiftless | weak-kneed | vacillating | unassertive | meek | mousy
submissive | servile | sycophantic | slimy | fawning | brown-nosing | ingratiating | sleazy | lecherous | pervy
obstreperous | bloody-minded | contrarian | crotchety | curmudgeonly | ratty | snappish | shirty | precious
pernickety | persnickety | nitpicking | overbearing | short-fused | hotheaded | slothful | pessimistic | unfeeling
egotistic | holier-than-thou | sanctimonious | preachy | bull-headed | mulish | intransigent | uncompromising
distrustful | treacherous | discourteous | brassy | vulgar | uncouth | oafish | loutish | yobbish | laddish
unbearable | intolerable | irritating | grating | charmless | unlikeable | unlikable | reclusive | infantile | puerile
impetuous | foolhardy | credulous | moany | whingy | lazy-minded | slack-jawed | lazybones | feckless | sour-faced
po-faced | stand-offish | standoffish | offish | high-and-mighty | big-mouthed | two-timing | back-stabbing
untruthful | deceptive | mendacious | dodgy | uncooperative | unresponsive | unaccountable | irreverent | grudging
begrudging | sulky | sullen | surly | stroppy | prickly | snippy | gruff | grumpy | disrespectful | arrogant | lazy
rude | moody | bossy | pushy | cocky | smug | vain | sneaky | shifty | devious | sly | manipulative | dishonest
untrustworthy | two-faced | obnoxious | annoying | abrasive | aggressive | hostile | combative | confrontational
belligerent | argumentative | stubborn | obstinate | pig-headed | rigid-minded | closed-minded | narrow-minded
condescending | patronising | patronizing | pompous | self-important | entitled | immature | childish | juvenile
hysterical | dramatic | needy | clingy | flaky | unreliable | incompetent | inept | useless | hopeless | sloppy
careless | complacent | apathetic | disengaged | unmotivated | demotivated | lethargic | listless | indolent
unprofessional | insubordinate | insolent | impertinent | lippy | mouthy | gobby | brash | cynical | negative
miserable | gloomy | jaded | sarcastic | snarky | catty | bitchy | spineless | gutless | timid | aloof | unfriendly
unapproachable | antisocial | creepy | scatterbrained | scatty | dozy | dopey
passive-aggressive | passive aggressive | high maintenance | high-maintenance | thin-skinned | touchy-feely | defensive | bolshie | bolshy | stand offish | off-hand | jobsworthy | negative nancy
`);

/** Trait words that also describe things ("cold coffee", "a demanding role"): a person must be the subject. */
const TRAIT_ADJ_WEAK = list(`
distant | dull | boring | green | harsh | tedious | demanding | difficult | awkward | loud | slow | passive | blunt
terse | abrupt | chaotic | messy | disorganised | disorganized | scattered | inconsistent | erratic | unpredictable
volatile | explosive | wooden | robotic | vague | woolly | wooly | fuzzy | naive | weak | lame | sour | touchy
unstable | mean | nasty | vicious | cutting | brutal | cagey | evasive | unwilling | resistant | rigid | inflexible
controlling | intimidating | overpowering | odd | strange | eccentric | quirky | peculiar | off-putting | forgetful
cold | chilly | icy | frosty | spiky | thorny | guarded
`);

/** Nouns that are a verdict on a person whatever the construction ("a total slacker", "idiot"). */
const TRAIT_NOUN = list(`
shirker | skiver | layabout | loafer | idler | couch potato | drama queen | prima donna | con artist | conman | con man
show-off | showoff | braggart | bighead | big-head | blowhard | windbag | loudmouth | busybody | nosy parker | troublemaker
stirrer | shit-stirrer | rabble-rouser | whinger | moaner | complainer | crybaby | cry-baby | sulker | grump | grouch
curmudgeon | killjoy | party pooper | wet blanket | doormat | pushover | wimp | wuss | yes-man | sycophant | toady
brown-noser | brownnoser | suck-up | kiss-ass | arse-licker | teacher's pet | sleazebag | pervert | perv | letch | lech
jerk | prick | tosser | wanker | knobhead | dickhead | arsehole | asshole | idiot | moron | imbecile | cretin | halfwit
nitwit | dimwit | dunce | buffoon | oaf | lout | yob | thug | tyrant | dictator | despot | control freak | micromanager
nitpicker | know-it-all | know-all | smart-arse | smartass | smart aleck | wise guy | wiseguy | freeloader | bludger
parasite | leech | waster | wastrel | no-hoper | loser | space cadet | airhead | ditz | scatterbrain | loose cannon | hothead
lone wolf | loner | weirdo | oddball | cold fish | misfit | sad sack | sourpuss | egomaniac | egotist | narcissist
sociopath | psychopath | snob | hypocrite | manipulator | schemer | backstabber | tattletale | telltale | cheapskate | miser
brat | man-child | drama llama | attention seeker | attention-seeker | energy vampire | mood hoover | bad apple
mood-hoover | energy-vampire | buzzkill | buzz kill | misery guts | doom-monger | doommonger | doom merchant
prophet of doom | debbie downer | moaning myrtle | mardy arse | mardy bum | stick in the mud | stick-in-the-mud
rotten apple | bad egg | bad influence | problem child | piece of work | pain in the arse | pain in the ass | pain in the butt
pain in the neck | slacker | time-waster | timewaster | clock-watcher | clock watcher | deadwood | dead wood | dead weight
deadweight | diva | jobsworth | numpty | muppet | plonker | pillock | prat | twit | git | berk | dipstick | donkey
liar | bully-boy | bulldozer | steamroller | windbag | gasbag | chatterbox | motormouth | gossipmonger | rumour-monger
weakest link | weak link | god's gift | gods gift | chip on * shoulder | fixed in * ways | stuck in * ways | stuck in the past | stuck in the dark ages | negative nelly | negative nancy | moaning minnie | drama queen | cry baby | sad case | head case | basket case | dead loss | waste of space | waste of a salary | one-man band | lone ranger | prima ballerina | know it all | smart alec | jack the lad
all talk | all mouth | all mouth and no trousers | all talk and no action | big ego | huge ego | massive ego | ego the size of | full of herself | full of themselves | too big for * boots
`);

/** Nouns that are a verdict only as a predicate ("he's a snake", "bit of a nightmare"): see sl.frame. */
const TRAIT_NOUN_FRAMED = list(`
snake | weasel | rat | cheat | chancer | fraud | phoney | phony | fake | poser | gossip | agitator | coward | sheep
creep | clown | fool | nuisance | pest | liability | passenger | hanger-on | failure | flake | bimbo | maverick
crank | princess | madam | child | baby | nightmare | handful | headache | headcase | joke | disaster | mess | wreck
grumbler | lightweight | waste | drain | dinosaur | robot | bull in a china shop | law unto himself | law unto herself
character | piece | one | pushover | softie | soft touch | worrier | fusspot | stickler | perfectionist | talker
dreamer | bore | drag | downer | misery | moan | whinge | diva | brat | bully | snob | prat | know-all | martyr
victim
`);

/** A frame that turns the next noun into a verdict on a person: "she's a bit of a …", "such a …". */
const LABEL_FRAME = list(`
a bit of a | bit of a | a bit of an | bit of an | such a | such an | a real | a total | a complete | an absolute | a proper
a right | quite the | a massive | a huge | a typical | a bloody | what a | an utter | a total and utter | a bit of a real
a little bit of a | somewhat of a | something of a | kind of a | sort of a | a real bad | a born | a natural | an outright
a thorough | a regular | a classic | quite a | a constant | the office | the team's | the resident | a serial
`);

/** Illness, mental state, medication, substances: a guess about any of them is speculation. */
const HEALTH_TERM = list(`
tumour | tumor | leukaemia | leukemia | lymphoma | heart attack | heart condition | heart problem | heart problems
heart disease | cardiac | angina | arrhythmia | hypertension | high blood pressure | blood pressure | thyroid
hypothyroid* | hyperthyroid* | lupus | multiple sclerosis | parkinson* | huntington* | seizure* | long covid
chronic fatigue | fibromyalgia | crohn* | colitis | ibs | irritable bowel | coeliac | celiac | endometriosis | pcos
infertility | infertile | miscarriage | perimenopaus* | autoimmune | hepatitis | tuberculosis | cirrhosis | dialysis
chemo | chemotherapy | radiotherapy | terminally ill | tinnitus | vertigo | dizzy spells | blackouts | anaemia
anaemic | anemia | anemic | obese | obesity | binge eating | binge drinking | clinical depression
clinically depressed | generalised anxiety | social anxiety | panic disorder | trauma | post-traumatic
obsessive-compulsive | obsessive compulsive | mania | hypomania* | schizophren* | psychosis | paranoia
personality disorder | bpd | borderline personality | sociopath* | psychopath* | asperger* | aspergers | dyspraxia
dyspraxic | dyscalculia | tourette* | insomniac | sleep disorder | sleep apnoea | sleep apnea | narcolepsy
nervous breakdown | mental breakdown | breakdown | mentally ill | mentally unwell | unwell | mentally stable
mentally unstable | emotionally unstable | self-harm* | self harm* | suicidal | addiction | addicted | addict
addicts | alcoholic | alcoholism | drinking problem | drink problem | booze | boozing | boozer | hangover | tipsy
stoned | on drugs | using drugs | drug problem | drug habit | drug use | cocaine | cannabis | weed | marijuana
ketamine | mdma | ecstasy | painkillers | opioid* | opiate* | valium | xanax | prozac | sertraline | citalopram
fluoxetine | lithium | ritalin | adderall | medicated | medication | meds | antidepressant* | antipsychotic*
sedative* | sleeping pills | steroids | gambling habit | gambling problem | gambling addiction | compulsive gambler
memory loss | cognitive decline | senile | senility | early onset | early-onset | tremor | tremors | the shakes
withdrawal | detox | rehab | relapse | relapsed | fell off the wagon | off the wagon | therapy | therapist
counsellor | counselor | counselling | counseling | psychiatrist | psych ward | sectioned | medical condition
health condition | health problem | health problems | health issue | health issues | mental health issues | illness
disease | disorder | syndrome | hypochondriac | hypochondria | postnatal depression | post-natal depression
postpartum depression | baby blues | ptsd | adhd | ocd | autism | autistic | bipolar | dementia | alzheimer*
epilepsy | epileptic | diabetes | diabetic | cancer | migraine* | arthritis | depression | depressed | depressive
anxiety | anxious | burnout | burnt out | burned out | burning out | eating disorder | anorexia | anorexic | bulimia
bulimic | dyslexia | dyslexic | menopause | menopausal | hormonal | hormones | pregnant | insomnia | exhaustion
exhausted | fatigue | mental illness | mental state | state of mind | nerves | nervous | stressed | stress | sick
ill | high | hungover | drunk | drinking | drugs | pills | manic | paranoid | psychotic | delusional | unstable
neurodivergent | on the spectrum | hearing voices | hallucinat* | mood disorder | mood swings | low mood | hiv | std
sti | alcohol issue | alcohol issues | drinking issue | drinking issues | drug issue | drug issues | substance issue
substance abuse | substance misuse | alcohol misuse | alcohol abuse | on something | being on something | slurred
slurring | on the drink | back on the drink | on the booze | back on the booze | on the sauce | on the bottle
hitting the bottle | hitting the sauce | hitting the booze | drinking again | heavy drinker | taking something
using something | on anything | taking anything | popping pills | stroke | mini-stroke | mini stroke | tia
concussion | brain injury | head injury | brain fog | nervous wreck | cracking up | falling apart | psychiatric
mental health issue | mental health problem | psychological | psychologically | emotionally fragile
| emotionally unwell | mental health problems | psych | heart trouble | had a few
had a drink | a few drinks | few drinks | liquid lunch | drinking at lunch | smoking something | sniffing something | snorting | on the gear | on gear
| drinking's | the drinking's | boozing's | drinking is back | drinking's back | drink's back | bad back | back pain | back problem | back problems | dodgy back | sore back | bad knee | bad knees | dodgy knee
| whiplash | man flu | stomach bug | tummy bug | smoking weed | drink or drugs | drugs or drink | drink or drug | smelled of drink | smelt of drink
`);

/** Ambiguous health words that are only about health when a person is the subject ("the build is unstable"). */
export const HEALTH_PERSON_REQUIRED_WORDS = list(`
unstable | high | ill | drinking | pills | meds | medication | therapy | disorder | mental | stress | stressed | nervous
nerves | sick | exhausted | exhaustion | fatigue | trauma | tremor | tremors | relapse | relapsed | withdrawal | detox
terminal | immune | operation | surgery | lump | stroke | booze | weed | rehab | breakdown | illness | disease | syndrome
condition | clinically | expecting | anxious | lithium | add | aids | burn | burnout | burning | depressed | manic
psychological | psychologically
`);

/** Hedges and guesses: what turns a health word into speculation. */
const HEALTH_HEDGE = list(`
may | may be | might be | could be | would explain | i wonder | wonder if | wonder whether | not sure if
not sure whether | not sure he's | not sure she's | not sure they're | unsure | i have a feeling | a feeling | hunch
suspicion | i sense | sense that | sounds like | feels like | smells like | as if | as though | my guess | my bet
theory | symptoms of | must have | i imagine | i'd say | chances are | odds are | wouldn't be surprised
would not be surprised | wouldn't surprise me | i'm guessing | im guessing | i get the impression | impression
looks like | look like | seem | seems like | seemingly | possible | possibly | potentially | perhaps | maybe
probably | likely | suspect | suspecting | assume | assuming | presume | presumably | reckon | reckoning | bet | guess
wonder | wondering | think | thinking | believe | suppose | supposedly | is he | is she | are they | has he got
has she got | has he | has she | does he have | does she have | could he | could she | might he | might she
could it be | i'm worried he | i'm worried she | i worry he | i worry she | worried that he | worried that she
concerned he | concerned she | something up with | something wrong with | something going on with | something off with
not himself | not herself | not right | put money on | i'd bet | money's on | my money is on | prob | probs
prolly | poss | defo | def | had to bet | had to guess | if i had to say | i'd guess | i'd wager | odds on | surely
must be | has to be | got to be | gotta be | bound to be | no doubt | no wonder | that explains | which explains
would explain | explains why | tbh | imo | imho | if you ask me | in my opinion | gut feeling | my gut says
| gut says | pretty sure | fairly sure | pretty certain | fairly certain | i'm sure | im sure | i'm convinced
| convinced he's | convinced she's
`);

/** Demonyms and ethnic terms: flagged when they describe a person. */
const DEMONYM = list(`
afghan | albanian | algerian | american | angolan | argentinian | argentine | armenian | australian | austrian
azerbaijani | bangladeshi | belarusian | belgian | bolivian | bosnian | brazilian | british | bulgarian | burmese
cambodian | cameroonian | canadian | chilean | chinese | colombian | congolese | croatian | cuban | czech | danish | dutch
ecuadorian | egyptian | english | eritrean | estonian | ethiopian | fijian | filipino | filipina | finnish | french
gambian | georgian | german | ghanaian | greek | guatemalan | haitian | honduran | hungarian | icelandic | indian
indonesian | iranian | iraqi | irish | israeli | italian | ivorian | jamaican | japanese | jordanian | kazakh | kenyan
korean | kosovan | kurdish | kuwaiti | latvian | lebanese | liberian | libyan | lithuanian | macedonian | malawian
malaysian | maltese | mexican | moldovan | mongolian | montenegrin | moroccan | mozambican | nepalese | nepali
nicaraguan | nigerian | norwegian | pakistani | palestinian | panamanian | paraguayan | peruvian | polish | portuguese
puerto rican | romanian | russian | rwandan | salvadoran | saudi | scottish | senegalese | serbian | sierra leonean
singaporean | slovak | slovenian | somali | south african | spanish | sri lankan | sudanese | swedish | swiss | syrian
taiwanese | tajik | tamil | tanzanian | thai | tibetan | tunisian | turkish | ugandan | ukrainian | uruguayan | uzbek
venezuelan | vietnamese | welsh | yemeni | zambian | zimbabwean | arab | arabic | african | asian | black | white
hispanic | latino | latina | latinx | caribbean | east asian | south asian | middle eastern | eastern european | roma
romani | gypsy | traveller | traveler | aboriginal | indigenous | native american | mixed-race | mixed race | biracial
foreign | exotic | ethnic | oriental | coloured | colored
`);

/** Plural nouns for groups of people by origin: about people whatever the construction. */
const ORIGIN_PLURAL = list(`
eastern europeans | africans | asians | arabs | latinos | latinas | hispanics | mexicans | indians | pakistanis
nigerians | romanians | bulgarians | filipinos | jamaicans | russians | ukrainians | somalis | chinese people
gypsies | pikeys | pikey | paki | pakis | chinky | wog | wogs | gyppo | immigrants | migrants | foreigners
non-natives | brits abroad | ethnics | ethnic minorities | bame | people of colour | people of color | coloured people
colored people | his people | her people | those people | them lot
`);

const AGE_TERMS = list(`
getting on a bit | a bit long in the tooth | old man | old woman | old lady | old timer | old-timer | oldie | oldies
geriatric | pensioner | pensioners | oap | wrinkly | wrinklies | greybeard | grey beard | over 50 | over fifty
over-50s | over 50s | over 60s | over-60s | over sixty | over forty | over 40s | fifty-something | sixty-something
middle-aged | middle aged | mid-fifties | mid fifties | mid-sixties | mid sixties | late fifties | late sixties
early sixties | late forties | mid-forties | in his forties | in her forties | in his 40s | in her 40s
in his seventies | youngster | youngsters | whippersnapper | young blood | fresh face | fresh faces | fresh-faced
energetic young | young and fresh | youthful energy | young energy | young team | young enough | old enough
too old to | too young to | too old for | too young for | his generation | her generation | that generation
older generation | past retirement | approaching retirement | golden years | twilight years | old dog | new tricks
young gun | baby boomer | baby boomers | grandfather | grandmother | granddad | silver surfer | senior citizen
old codger | codger | biddy | old biddy | crone | old boy | old girl | young guns | keep up with the youngsters
generation gap | born in the | too mature | a bit mature | bit mature | skew younger | skew older | go younger
younger hire | younger blood | younger face | younger faces | of a certain age | at his time of life
at her time of life | at his stage of life | at her stage of life | winding down | fixed in his ways | fixed in her ways
stuck in his ways | stuck in her ways | old hand | relic | fossil | before computers | since the dark ages
young and keen | young and cheap | younger feel | younger look | younger vibe | younger image | fresher feel
| nearly at retirement | near retirement | nearing retirement | close to retirement | about to retire | counting down to retirement
| younger face on | cheaper and younger | younger model | fresh legs | young legs | old legs
`);

const SEX_TERMS = list(`
a bloke | a fella | a guy will | a man will | a woman will | a girl will | a lad will
blokey | geezer | lass | lasses | lassie | gal | gals | lady boss | girl boss | girlboss | female manager
female engineer | female boss | male nurse | male secretary | ladylike | unladylike | macho | man's world
woman's job | women's work | man up | grow a pair | like a man | like a woman | for a girl | for a lady | missus
the wife | the missus | her husband | his wife | good-looking | eye candy | totty | stunner | ladies' man
emotional like a | bossy woman | pushy woman | aggressive woman | hysterical woman | time of the month | pms | pmt
on her period | her period | butch | effeminate | that time of the month | pretty face | pretty girl | a looker
| easy on the eye | nice to look at | bit camp | a bit camp | so camp | very camp | too camp | too girly | too feminine
| too masculine | bit feminine | a bit feminine
`);

const FAMILY_TERMS = list(`
toddler | toddlers | newborn | twins | kids at home | little ones | nursery pickup | school pickup | school pick-up
school runs | single dad | single father | single parent | single parents | stay-at-home | housewife | househusband
fiancé | fiancée | fiance | fiancee | got engaged | getting engaged | just got engaged | newly engaged | newlywed
newlyweds | settling down | biological clock | broody | maternal instinct | mummy | mommy | mummy track | mommy track
part-time mum | soccer mom | family man | family woman | caring responsibilities | carer for | looks after her
looks after his | her children | his children | her kids | his kids | her baby | his baby | her son | her daughter
his son | his daughter | more kids | another child | second child | having kids | have kids | having children
have children | with kids | with children | children soon | kids soon | a baby soon | pregnant again | maternity again
on the pill | childfree | child-free | no kids | no children | spinster | divorcee | widower | now that he's engaged
now that she's engaged | now he's engaged | now she's engaged | recently engaged | he's engaged now
she's engaged now | wife is expecting | wife's expecting | partner is expecting | partner's expecting
girlfriend is expecting | girlfriend's expecting | wife is pregnant | wife's pregnant | partner is pregnant
partner's pregnant | girlfriend is pregnant | expecting twins | expecting their first | expecting his first
expecting her first | baby at home | babies at home | newborn at home | toddler at home | kids at home | new baby
with a baby | w/ a baby | with a newborn | w/ a newborn | with a toddler | with toddlers | with young kids
w/ young kids | two under two | two under three | two under four | three under three | three under four | with small kids | with little kids | with young children | with small children | two under five
three under five | under fives | under-fives | kids under | young kids | young children | small kids | small children
little kids | wanting a family | wants a family | want a family | wanting kids | wants kids | want kids
wanting children | wants children | family plans | plans for a family | planning a family | planning a baby
thinking about kids | thinking about a family | trying for kids | got married | getting married | just married
newly married | paternity | adopting | adoption | adopted | fostering | mum of | mom of | dad of | father of | parent of | mum-to-be
mom-to-be | dad-to-be | father-to-be | mother-to-be | parenthood | motherhood | fatherhood | school hours | because of the kids | because of the children
| what with the kids | what with the baby | because of the baby | due to the kids | with the kids and all
`);

const RELIGION_TERMS = list(`
islam | islamic | muslims | christians | jews | hindus | sikhs | buddhists | evangelical | born-again | born again
devout | pious | catholics | protestant | baptist | pentecostal | jehovah's witness | jehovah's witnesses | quaker
pagan | wiccan | scientologist | rabbi | imam | kosher | halal | prayer | prayer mat | pray | prays | rosary | burka | burqa | niqab | crucifix
bible-basher | bible basher | god-botherer | god botherer | holy roller | zealot | religious nut | his religion
her religion | their religion | his beliefs | her beliefs | church-goer | churchgoer | goes to church | goes to mosque
`);

const DISABILITY_TERMS = list(`
crutches | walking stick | prosthetic | prosthesis | amputee | paralysed | paralyzed | paraplegic | quadriplegic
cerebral palsy | down syndrome | down's syndrome | downs syndrome | learning difficulties | learning difficulty
impairment | registered blind | sign language | chronic illness | chronic pain | long-term condition
invisible illness | neurodivergent | neurodiverse | dyspraxic | dyspraxia | aspie | retard | retarded | cripple
crippled | handicap | handicapped | mental age | special ed | slow learner | wheelchair-bound | wheelchair bound
in a wheelchair | uses a wheelchair | wheelchair user | deaf and dumb | partially deaf | hard of hearing
visually impaired | hearing impaired | disability | disabilities | his condition | hearing problem | hearing problems
hearing issues | poor hearing | poor eyesight | eyesight problems | bad eyesight | his eyesight | her eyesight
`);

/** Legal findings. */
const LEGAL_TERMS = list(`
defraud* | wrongful | wrongfully | wrongful dismissal | wrongfully dismissed | wrongfully terminated
unfairly dismissed | constructively dismissed | in breach | violation of | gdpr breach | data protection breach
breach of gdpr | breach of the equality act | islamophob* | antisemit* | anti-semit* | xenophob* | ableist | ageist
misogyn* | racially | sexually harassed | sexual misconduct | misconduct | coercion | blackmail* | extort* | perjury
forgery | falsified | falsif* | misappropriat* | larceny | burglary | stalking | stalked | discriminated
discriminatory | racially abused | racially motivated | hate crime | hate speech | indecent exposure | sexual assault
raped | rape | manslaughter | unlawfully | illegally | against the law | broke the law | breaking the law
breach of duty | liable for | vicariously liable | tortious | slander | libellous | libelous | defamatory
victimisation | victimization | victimised | victimized | retaliation | retaliatory | retaliated | harassment
harassed | harassing | discrimination | hostile work environment | hostile environment | bullying | bullied | bully
bullies | embezzlement | embezzled | theft | stole | fraud | fraudulent | fraudulently | negligence | negligent
gross negligence | gross misconduct | assault | assaulted | unlawful | illegal | racist | sexist | homophobic
transphobic | breaches the equality act | breached the equality act | breaches the law | breached the law
breaches gdpr | breached gdpr | in breach of gdpr | breaches data protection | breached data protection
breaches the working time regulations | breach of the working time regulations
equal pay breach | equal pay breaches | equal pay violation | breach of equal pay | breaches equal pay
breached equal pay | in breach of equal pay | breach of the equal pay act | minimum wage breach | breach of minimum wage
breaches minimum wage | breaks minimum wage | broke minimum wage | national minimum wage breach | working time breach
health and safety breach | breach of health and safety | breach of the duty of care | breached the duty of care
breach of his contract | breach of her contract | breached his contract | breached her contract | breach of contract
failure to make reasonable adjustments | failed to make reasonable adjustments | failing to make reasonable adjustments
failure to accommodate | failed to accommodate | whistleblowing detriment | subjected to a detriment | suffered a detriment
automatically unfair | unfair dismissal | unfairly dismissed | unlawful deduction | unlawful deductions | wage theft
sexual harassment | racial harassment | racially harassed | sexually harassed | harassed | victimisation
indirectly discriminatory | directly discriminatory | indirectly discriminated | directly discriminated
lose at tribunal | lose at a tribunal | lose in court | lose at an employment tribunal | legally liable | we're liable
we are liable | is liable | are liable | vicarious liability
breaks * law | breaks * * law | broke * law | broke * * law | breached * law | breaches * law | breaching * law
breaking * law | breaks the law | contravenes the | contravened the | contravening the | in contravention of
breaches the * act | breached the * act | breach of the * act | breaches * rights | breached * rights
breached * * rights | breaches * * rights | violated * rights | violates * rights | violated * * rights
breach of * * rights | breached * contract | breached * * contract | breaching * contract | breaches * contract
breach of * contract | unlawfully deducted | unlawfully withheld | unlawfully dismissed
racial profiling | racially profiled | a criminal act | criminal conduct | criminal behaviour | criminal behavior
committed a crime | committing a crime | a crook | insider trading | insider dealing
laundering money | laundered money | taking kickbacks | took kickbacks | took a bribe | taking bribes | accepted a bribe
violated gdpr | violates gdpr | violated data protection | in violation of | violated the * act | violates the * act
coercive control | voyeurism | upskirting | sexually assaulted | indecently
breached the * regulations | breached the * * regulations | breached the * * * regulations | breaches the * regulations
breaches the * * regulations | breaches the * * * regulations | breach of the * regulations | breach of the * * regulations
breach of the * * * regulations | in breach of the * regulations | breached * duty of care | breaches * duty of care
`);

/** Names of prejudice: a verdict only when predicated of something ("his remarks were blatant ageism"), not as a topic. */
const LEGAL_ISMS = list(`
racism | sexism | ageism | homophobia | transphobia | ableism | misogyny | misandry | islamophobia | antisemitism
xenophobia | bigotry | racial discrimination | sex discrimination
`);

/** Protected activities. */
const PROTECTED_ACT = list(`
comp claim | work comp | workman's comp | compensation claim | petition | the petition | a petition | signed the petition
equality rep | equalities rep | safety rep | health and safety rep | to the ico | to the fca | to the cqc | to the sec
to ofsted | to the hse | to the council's | reported the accident | reporting the accident | reported the * accident
reporting the * accident | reported an accident | reported a near miss | reported the near miss | riddor
requested adjustments | requested an adjustment | requested reasonable | asked for adjustments | asked for an adjustment
adjustments for his | adjustments for her | equal pay | paid the same as | gender pay
hse | osha | health and safety executive | the regulator | ombudsman | ethics line | ethics hotline | speak-up line
speak up line | speak-up | whistleblowing hotline | reported to hr | went to hr | complained to hr | raised with hr
raised it with hr | hr complaint | formal complaint | grievance | grievances | flexible working | flexi request
part-time request | childcare request | adoption leave | carer's leave | carers leave | caregiver leave | family leave
medical leave | sick leave | sickness absence | time off sick | off sick | stress leave | maternity leave
paternity leave | parental leave | shared parental leave | bereavement leave | compassionate leave | disability leave
mental health leave | mental health day | mental health days | workers' comp | workers comp | workers' compensation
injury claim | injured at work | accommodation request | requested an accommodation | asked for an accommodation
reasonable adjustment | reasonable adjustments | access to work | union | union rep | union meeting | joined the union
industrial action | strike | whistleblow* | whistle-blow* | blew the whistle | blowing the whistle
protected disclosure | raised a concern | raised concerns | raised a safety | safety concern | safety concerns
tribunal | employment tribunal | eeoc | acas | lawsuit | legal claim | discrimination complaint | harassment complaint
equal pay | gave evidence | giving evidence | testified | witness statement | witness in | jury service | jury duty
military leave | reservist | fmla | pregnancy leave | fertility treatment | ivf | medical appointments
hospital appointments | antenatal appointments | antenatal appointment | antenatal classes | antenatal leave | time off for dependants | dependant leave
dependants leave | mat leave | mat-leave | pat leave | surgery leave | post-op leave | recovery leave | convalescence
back from surgery | after surgery | after his surgery | after her surgery | after his operation | after her operation
off with stress | off w/ stress | off w / stress | off with anxiety | off with depression | off with work stress | off with his back | off with her back
off with burnout | off ill | off poorly | signed off with | stress-related absence | stress absence
sickness absences | sick leaves | chemo leave | cancer treatment | neonatal leave | kinship leave
went to the regulator | went to the ombudsman | went to the press | reported it to | reported us to | reported them to
 whistleblowing report | whistleblowing reports | speak-up report | ethics complaint | ethics report
hr complaint | complaint to hr | went to hr about | spoke to hr about | went over my head | went over his head
went over her head | union committee | union cttee | union steward | shop steward | union branch | union rep
union reps | safety rep | h&s rep | health and safety rep
injury claim | injury claims | compensation claim | personal injury | tribunal claim | et1 | acas early
going to the union | goes to the union | go to the union | running to the union | runs to the union | ran to the union
running to hr | runs to hr | ran to hr | goes to hr | going to hr | go to hr | reported * to hr | reported * * to hr
reported his manager | reported her manager | reported his supervisor | reported her supervisor
reported the supervisor | reported the manager | reported his boss | reported her boss | reported him to | reported her to
off w/ * injury | off w / * injury | off with * injury | off with a * injury | off with an injury | off injured
injury leave | injury absence | ivf treatment | fertility leave | miscarriage | pregnancy loss
to the council | to the police | to the authorities | to trading standards | to the cqc | to ofsted
to the fca | to environmental health | to the labor board | to the labour board | to osha | to the hse
joined unite | joined unison | joined the gmb | joined gmb | joined usdaw | joined the rcn | joined the nea | joined the teamsters
unison rep | unite rep | gmb rep | usdaw rep | rcn rep | nasuwt | teamsters | branch meeting | branch meetings | facility time
union duties | union role | union work | union business | union activities | union training | rep duties
oh referral | oh referrals | referral to oh | referred to oh | oh assessment | oh report | occupational health
sick days | sick day | days off sick | day off sick | sickness record | sick record | absence record
phased return | phased return to work | light duties | adjusted duties | amended duties | reduced duties
reduced hours request | compressed hours | part-time request | asked to go part-time | asked for part-time
got a lawyer | got a solicitor | lawyered up | legal action against us | legal action against the company
threatened legal action | threatening legal action | threatens legal action | took legal action | taking legal action | solicitor's letter | lawyer's letter | early conciliation
vocal about the unpaid | vocal about unpaid | vocal about pay | vocal about the pay | vocal about overtime
vocal about the overtime | vocal about safety | vocal about the safety | vocal about conditions | vocal about working conditions
vocal about the rota | vocal about discrimination | vocal about harassment | outspoken about pay | outspoken about safety
outspoken about the unpaid | outspoken about unpaid | asking about the gender pay gap | asked about the gender pay gap | asking about the pay gap
asked about the pay gap | asking about pay | asked about pay | questions about pay | questioning pay | questioned pay
raising concerns | raises concerns | raising a concern | raises a concern | raising a grievance
et claim | et1 claim | subject access request | data subject access request | dsar | spoke out about | speaking out about
called out the | refused unsafe work | refused to work unsafe | near-miss report | near miss report | reported a near miss
flagged a concern | flagged concerns | flagged a safety concern | flagged safety concerns | flagged the safety
standing desk | sit-stand desk | extra breaks | more breaks | adjustments request | request for adjustments
asked for adjustments | asked for an adjustment | family emergency | family emergencies | accident claim | accident at work
`);

/** Judgements and adverse steps that, next to a protected activity, read as retaliation. */
const ADVERSE = list(`
a problem | slipping | slipped | slips | sliding | lost focus | losing focus | unfocused | bonus | bonuses | cuts
questioning | question his | question her | reliability | reliable | rating | ratings | below expectations
not recommending | not recommend | not promoting | not promote | redundancy pool | redundancy | redundant | let go
letting go | managed out | manage out | performance plan | pip | capability | disciplinary | warning | final warning
written warning | probation | demotion | demote | downgrade | pay cut | hours cut | cut her hours | cut his hours
take her off | take him off | moved off | removed from | off the rota | off the project | sidelined | overlooked
passed over | not considered | reconsider | reconsidering | second thoughts | disengaged | checked out
quiet quitting | tanked | tanking | dropped | dropping | declined | declining | plummeted | fell | falling | worse
worsened | deteriorated | deteriorating | struggling | struggled | behind | weak | weaker | poor | poorer | mediocre
sloppy | lazy | difficult | troublemaker | trouble | liability | unreliable | distracted | distraction | inconsistent
careless | underperforming | underperformance | not performing | isn't performing | not delivering | isn't delivering
not as committed | not as focused | not as engaged | not as reliable | not as motivated | not as sharp
promotion material | management material | lost his edge | lost her edge | awful | appalling | dreadful | atrocious
abysmal | woeful | horrendous | bad | worst | right for this team | right for the team | right fit | future here
future in the team | place on the team | place in the team | a raise | get a raise | pay raise | no raise
set the project back | set us back | set the team back | held the team back | held us back
think twice | thinking twice | thought twice | second guess | not comfortable with | not comfortable having
not comfortable letting | uncomfortable with | uncomfortable having | wary of | cautious about him | cautious about her
don't trust | can't trust | cannot trust | keep an eye on | keep * off | kept * off
keeping * off | leave * off | left * off | leaving * off | off the ot list | off the overtime list | off the list
off the rota | off the account | moving * off | move * off | moved * off | taking him off | taking her off | took him off
took her off | taken him off | taken her off | taken them off | off the * trip | off the trip | off the * project
off the * account | off the * team | off the * rota | off the * list
pull * off | pulled * off | pulling * off | not put * forward | didn't put * forward | didn't put * fwd
not put * fwd | not putting * forward | won't put * forward | won't be putting * forward | not nominating
didn't nominate | won't nominate | not shortlisting | not shortlisted | left out of | leave out of
not while | too risky | partially meets
partly meets | meets some | below the bar | rated * partially | marked down | marked him down
marked her down | no bonus | bonus on hold | hold back | holding back | holding off
noise he made | noise she made | all the noise | made a fuss | making a fuss | kicked up a fuss | kicking up a fuss
stirring | stirred up | rocking the boat | rocked the boat | making waves | made waves
priorities are elsewhere | priorities elsewhere | priorities lie elsewhere | mind is elsewhere | mind elsewhere
head is elsewhere | head elsewhere | priorities * elsewhere | priorities * * elsewhere | focus * elsewhere
focus * * elsewhere | mind * elsewhere | mind * * elsewhere | head * elsewhere | attention * elsewhere
attention * * elsewhere | interests * elsewhere | commitment * elsewhere | too much with | too much w/ | too much for her
too much for him | heart isn't in it | heart's not in it | heart not in it | one foot out the door
less of a team player | less of a * player | not a team player
drag* * feet
not ready for | not the right time | moved her to | moved him to | moving her to | moving him to
hesitate | hesitant | reluctant | reservations about | have doubts | doubts about | not sure about him
not sure about her | not sure he's | not sure she's | unsure about him | unsure about her | wouldn't give | won't give
not one for | not the one for | not right for | not suited | not suitable for | unsuitable for | keep him away from
keep her away from | steer * away from | fits the team | fit the team | fit in the team | still fits | whether * fits
reviewing whether | review his role | review her role | reviewing his role | reviewing her role | future with us
future with the team | barrack-room lawyer | barrack room lawyer | shop-floor lawyer | bush lawyer | stirrer
shit-stirrer | agitator | rabble-rouser | militant | moaner | whinger | complainer | serial complainer | squeaky wheel
slowing * down | slows * down | slowed * down | slowing the | slows the | dragging * down | drags * down
a drag on | bottom of the list | bottom of the pile | back of the queue | end of the queue
gone out the window | out of the window | gone to pot | gone to pieces | gone south | fallen apart | off a cliff
nosedived | nose-dived | taken a hit | stopped giving | stop giving | no longer giving
wouldn't trust | won't trust | couldn't trust | wouldn't fully trust | not trust | trust * less | hard to trust
can't rely on | cannot rely on | can't depend on | wouldn't rely on | won't rely on | couldn't rely on
eats into | eat into | ate into | eaten into | eating into | cuts into | takes away from | taking away from
score * lower | scored * lower | scoring * lower | rate * lower | rated * lower | rating * lower | mark * lower
marked * lower | lower score | lower scores | lower rating | lower mark | score * down | scored * down | rate * down
rated * down | mark * down | moderate * to | moderate * down | moderated * to | moderated * down | moderate down
moderated down | moderating down | bring * down to | brought * down to | knock * down | knocked * down
disruption | disruptive | disrupted | caused problems | caused issues | caused a headache | caused headaches
not confirming | not confirm | won't confirm | don't confirm | can't confirm | not pass * probation | fail * probation
extend * probation | extending * probation | extended * probation
can't really say | can't say he | can't say she | can't say they | hard to say he | hard to say she | can't credit
hard to credit | can't give * credit | didn't really own | didn't own | doesn't own | can't count
in mind at review | in mind at appraisal | in mind come | in mind for review | in mind for the review | in mind for appraisal
in mind for ratings | in mind for calibration | factor * into * rating | factored into * rating | remember at review | remember this at | come review time | at review time | at appraisal time
come appraisal time | when it comes to review | note for the review | note for review | for the file
cost us | costing us | costs us | cost the team | costing the team | can't afford | cannot afford | can't carry
carrying him | carrying her | carry him | carry her | dead weight | deadweight | fewer hours | fewer shifts
cut * shifts | cutting * shifts | less overtime | no overtime | bad timing | terrible timing | awful timing
inconvenient | inconvenience | rethink | rethinking | review his position | review her position | not extending
not extend | won't extend | not offering | not offer | withdraw the offer | pull the offer | rescind
burned bridges | burnt bridges | burned * bridges | burnt * bridges | bad blood | holds a grudge | grudge
disloyal | loyalty | whose side | not one of us | not a good look | bad look | attitude problem
a real problem | a real issue | a big problem | a major problem | become a problem | becoming a problem
becoming an issue | become an issue | a real pain | not * material | not really * material | isn't * material
wasn't * material | doesn't strike me as | does not strike me as | didn't strike me as | can't see him as
can't see her as | don't see him as | don't see her as | not someone i want | not someone we want
not somebody i want | don't want him | don't want her | don't want them | want him off | want her off
not the kind of person | not the sort of person | not the type we | question how | questioning how
question whether * committed | doubt how | how committed | how dedicated | how serious he | how serious she
not convinced she | not convinced he | not convinced they | not convinced she's | not convinced he's
not convinced they're | unconvinced she | unconvinced he | not cut out | isn't cut out | wasn't cut out | no longer getting | no longer gets
no longer get | won't be getting | no longer considered | no longer in line | no longer trusted
not a fan of how | no fan of how | don't like how | don't love how | not keen on how | not happy with how
how often he | how often she | how much time he | how much time she
not a culture fit | not a cultural fit | not really a culture fit | poor culture fit | not a fit | not the right fit | poor fit | bad fit | lower priority | low priority for
deprioritise | deprioritize | deprioritised | deprioritized | back of the line | end of the line | not a priority for
rif | rif list | reduction in force | layoff list | lay-off list | laid off | lay him off | lay her off | at-risk list
hard to schedule | hard to roster | hard to plan around | difficult to schedule | difficult to roster
not one to promote | not one to put forward | not one i'd promote | not one for promotion | not one to progress
thorn in my side | thorn in * side | a thorn in | pain in the neck | pain in the arse
pain in the backside | pain in the butt
can't justify | cannot justify | couldn't justify | not getting the | won't be getting the | noting it for
note it for | noted for his review | noted for her review | noting that for | part-time instead
`);

/** Softer verdicts that only judge the employee when they are about a person ("the hotel booking was a hassle" is not). */
const SOFT_JUDGEMENT = list(`
headache | a pain | nuisance | hassle | high maintenance | more trouble than | coasting | going through the motions
negative | negativity | less engaged | less focused | less reliable | less motivated | less invested | less interested
not as invested | not up to speed | half-hearted | half hearted | box-ticking | clock-watching | clock watching
is down | are down | gone down | went down | detached | aloof | cagey | guarded | not pulling * weight | not pulling her weight | not pulling his weight | switched off | checked out | distant | withdrawn
`);

/** Sarcasm, contempt, rhetorical questions and anger. */
const SARCASM = list(`
yeah, because | yeah because | sure, because | because that worked | that worked so well | worked so well
that went well | that's going well | going great | what could possibly go wrong | who could have guessed
who would have guessed | who'd have thought | who would have thought | colour me surprised | color me surprised
stop the press | stop the presses | alert the media | hold the front page | a whole one | a whole two | a whole three
a whole four | a whole five | a grand total of | all of two | all of three | miracles do happen | miracle of miracles
wonders never cease | will wonders never cease | graced us | grace us | deigned to | deign to | decided to show up
bothered to show up | finally showed up | finally turned up | bothered to turn up | nice of him | nice of her
how kind of him | how kind of her | so kind of him | so kind of her | thanks a bunch | cheers for nothing
much appreciated, not | who in their right mind | in his right mind | in her right mind | what was he thinking
what was she thinking | what were they thinking | what is the point of | what's the point of | why on earth
why in god's name | why would anyone | how hard is it | how difficult is it | is it too much to ask | too much to ask
am i the only one | does he even | does she even | did he even | did she even | does he ever | does she ever
has he ever | has she ever | seriously? | are you kidding | you're kidding | you have got to be kidding
you've got to be kidding | kidding me | are you serious | couldn't organise a piss-up | couldn't organize a piss-up
piss-up in a brewery | couldn't find his way out | couldn't find her way out | couldn't run a bath
thick as two short planks | lights are on but | nobody's home | not the sharpest | sharpest tool
a few sandwiches short | brain cell | brain cells | dead from the neck up | useless lump | sick to the back teeth
end of my tether | wits' end | wits end | tearing my hair out | lost my patience | losing my patience | lost patience
at the end of my rope | last straw | the final straw | enough is enough | i give up | done with him | done with her
beyond belief | beyond frustrating | beyond annoying | unbelievably bad | spectacular failure | epic fail
fail of the year | employee of the month, not | eye-rolling | pfft | meh | duh | derr | d'oh | jeez | sheesh | gah
bloody hell | for heaven's sake | for pete's sake | for christ's sake | what the hell | what the heck | the hell
the heck | damn it | dammit | goddamn | hell's sake | bullshit | piss-poor | piss poor | half-arsed | half-assed
crap | crappy | shite | shit | shitty | rubbish effort | utter rubbish | utter nonsense | total nonsense
complete nonsense | pure nonsense | waste of my time | clown show | circus act | amateur hour | amateurish
childish behaviour | kindergarten | babysitter | babysitting | nursemaid | spoon-feeding
how many times | how many more times | for the umpteenth time | umpteenth | par for the course | what else is new
no surprises there | no surprise there | big shock | surprise, surprise | shock, horror | quelle surprise
nice of * to | good of * to | for once | is foreign to him | is foreign to her | is foreign to them
a foreign concept | foreign concept | concept of a deadline
alert the press | alert the papers | call the press | call the papers | notify the press | someone call the papers
mark the calendar | mark the date | mark it in the diary | get the bunting out | break out the bunting | break out the champagne
crack open the champagne | fetch the champagne | red-letter day | red letter day | somebody pinch me | someone pinch me
fairy tale | fairytale | fairy story | fairy stories | work of fiction | pure fiction | creative writing | bedtime story
why would she? | why would he? | why would they? | why would you? | why would anyone? | why bother? | why should he?
why should she? | heaven forbid | god forbid | perish the thought | wasted hour | wasted afternoon | wasted morning
wasted day | wasted evening | complete waste of | total waste of | utter waste of | waste of an hour | waste of a morning
waste of an afternoon | waste of a day | waste of everyone's | waste of everybody's | so-called | what a joke | a joke of a
oh joy | joy of joys | lucky us | lucky me | shocker | colour me shocked | who knew | how novel | what a novel idea
give * a medal | give him a medal | give her a medal | somebody give | prize for | award for worst
nice to see * finally | good to see * finally | lovely to see * finally | great to see * finally | nice of * to finally
another masterpiece | another triumph | another gem | another stroke of genius | another winner | another classic
why i bother | why do i bother | why did i bother | why we bother | why we even bother | not that anyone asked
not that anyone cares | not that anyone listens | not that he listens | not that she listens | apparently optional
optional, apparently
funnily enough | funny enough | strangely enough | what a coincidence | by sheer coincidence | pure coincidence
just a coincidence | total coincidence | coincidentally enough | conveniently forgot | conveniently forgets
conveniently forgotten | conveniently missed | conveniently ill | conveniently sick | how convenient | very convenient
not exactly rocket science | hardly rocket science | it's not rocket science | isn't rocket science
god knows how | lord knows how | heaven knows how | how on earth | how the hell | how in the world | beats me how
shock of shocks | who'd have guessed | gobsmacked | flabbergasted
`);

/** Opening praise that, followed by a failure, is sarcasm: "Well done, you've broken production again." */
const PRAISE_OPENER = list(`
well done | good job | great job | nice job | nice work | great work | good work | top work | top job | nice going
way to go | good going | great going | stellar | splendid | superb | outstanding | genius | bravo | congratulations
congrats | kudos | hats off | gold star | fab | fabulous | marvellous | marvelous | terrific | awesome | excellent
amazing | wonderful | brilliant | fantastic | lovely | perfect | super | great | nice | wow | cheers | thanks | thank you
impressive | magnificent | glorious | smashing | bang-up | stellar work | top stuff | wicked
stunning | masterful | inspired | sterling | top-notch | world-class | exemplary | impeccable | flawless
`);

const BAD_EVENT = list(`
broken | broke | again | late | missed | missing | forgot | forgotten | lost | deleted | wiped | crashed
failed | blew up | wrong | error | errors | mistake | mistakes | complaint | complaints | outage | overdue | behind
no-show | no show | skipped | ignored | leaked
took down | brought down | bankrupt | no idea | no clue | hadn't a clue | wasted | waste | blaming | blamed | fell over | fell through | botched | bodged | cocked up | screwed up | messed up | went down | took ages | took forever
cost us | cost the | lost us | nobody told | no one told | nobody bothered | no one bothered | typo | typos | wrong invoice
`);

/** Evaluative judgements about work with no evidence. */
const VAGUE_ADJ = list(`
lacks | lack | lacking | lacked | underwhelming | unimpressive | uninspired | uninspiring | disappointing | subpar
sub-par | poor | weak | mediocre | so-so | patchy | spotty | inconsistent | sloppy | shoddy | slapdash | messy
careless | substandard | sub-standard | below par | below standard | below expectations | below the bar | inadequate
insufficient | unsatisfactory | unacceptable | not acceptable | not good enough | not great | not strong | not ideal
could be better | could be stronger | could be sharper | could be tighter | could be clearer | needs work | need work
needs attention | need attention | needs improving | need improving | needs improvement | need improvement
needs to improve | need to improve | needs developing | need developing | needs sharpening | need sharpening
needs tightening | need tightening | needs more work | need more work | needs polish | needs polishing
leaves a lot to be desired | leaves much to be desired | left a lot to be desired | not up to scratch | not up to par
not up to standard | not up to the mark | not up to snuff | an issue | a concern | a problem | an area of concern
concerning | worrying | problematic | questionable | lacklustre | lackluster | half-baked | all over the place
hit and miss | hit-and-miss | variable | erratic | not consistent | not reliable | unreliable | not there | not where
slipping | slipped | has slipped | have slipped | declining | declined | deteriorating | deteriorated | dropped off
gone downhill | going downhill | worse | worsening | getting worse | not improving | hasn't improved
has not improved | not improved | stalled | plateaued | stagnant | dipped | has dipped | tailed off | fallen off
gone down | fell away | suffered | has suffered | below-par | a worry | a real worry | a big worry | a bit of a worry
a cause for concern | cause for concern | struggling | struggles | been struggling | has struggled
odd | a bit odd | strange | a bit strange | baffling | puzzling | off the mark | off the pace
embarrassing | mortifying | concerns | concern | dire | dismal | abysmal | woeful | shocking | appalling | awful | terrible | pitiful | pathetic | lamentable | underwhelming | disappointing | slipping | flagging | waning | dwindling | tailing off | down
needs to change | need to change | has to change | must change | needs adjusting | needs sorting | needs sorting out
`);

const VAGUE_NEGATED = [
  "isn't good enough",
  "isn't great",
  "isn't strong enough",
  "isn't acceptable",
  "isn't sufficient",
  "isn't where it should be",
  "isn't where it needs to be",
  "isn't up to standard",
  "isn't at the level",
  "isn't at the right level",
  "isn't consistent",
  "isn't reliable enough",
  "isn't clear enough",
  "isn't thorough enough",
  "isn't detailed enough",
  'is not good enough',
  'is not great',
  'is not strong enough',
  'is not acceptable',
  'is not sufficient',
  'is not where it should be',
  'is not where it needs to be',
  'is not up to standard',
  'is not at the level',
  'is not at the right level',
  'is not consistent',
  'is not reliable enough',
  'is not clear enough',
  'is not thorough enough',
  'is not detailed enough',
  "wasn't good enough",
  "wasn't great",
  "wasn't strong enough",
  "wasn't acceptable",
  "wasn't sufficient",
  "wasn't where it should be",
  "wasn't where it needs to be",
  "wasn't up to standard",
  "wasn't at the level",
  "wasn't at the right level",
  "wasn't consistent",
  "wasn't reliable enough",
  "wasn't clear enough",
  "wasn't thorough enough",
  "wasn't detailed enough",
  'was not good enough',
  'was not great',
  'was not strong enough',
  'was not acceptable',
  'was not sufficient',
  'was not where it should be',
  'was not where it needs to be',
  'was not up to standard',
  'was not at the level',
  'was not at the right level',
  'was not consistent',
  'was not reliable enough',
  'was not clear enough',
  'was not thorough enough',
  'was not detailed enough',
  "aren't good enough",
  "aren't great",
  "aren't strong enough",
  "aren't acceptable",
  "aren't sufficient",
  "aren't where it should be",
  "aren't where it needs to be",
  "aren't up to standard",
  "aren't at the level",
  "aren't at the right level",
  "aren't consistent",
  "aren't reliable enough",
  "aren't clear enough",
  "aren't thorough enough",
  "aren't detailed enough",
  'are not good enough',
  'are not great',
  'are not strong enough',
  'are not acceptable',
  'are not sufficient',
  'are not where it should be',
  'are not where it needs to be',
  'are not up to standard',
  'are not at the level',
  'are not at the right level',
  'are not consistent',
  'are not reliable enough',
  'are not clear enough',
  'are not thorough enough',
  'are not detailed enough',
  "hasn't been good enough",
  "hasn't been great",
  "hasn't been strong enough",
  "hasn't been acceptable",
  "hasn't been sufficient",
  "hasn't been where it should be",
  "hasn't been where it needs to be",
  "hasn't been up to standard",
  "hasn't been at the level",
  "hasn't been at the right level",
  "hasn't been consistent",
  "hasn't been reliable enough",
  "hasn't been clear enough",
  "hasn't been thorough enough",
  "hasn't been detailed enough",
  'has not been good enough',
  'has not been great',
  'has not been strong enough',
  'has not been acceptable',
  'has not been sufficient',
  'has not been where it should be',
  'has not been where it needs to be',
  'has not been up to standard',
  'has not been at the level',
  'has not been at the right level',
  'has not been consistent',
  'has not been reliable enough',
  'has not been clear enough',
  'has not been thorough enough',
  'has not been detailed enough',
  "haven't been good enough",
  "haven't been great",
  "haven't been strong enough",
  "haven't been acceptable",
  "haven't been sufficient",
  "haven't been where it should be",
  "haven't been where it needs to be",
  "haven't been up to standard",
  "haven't been at the level",
  "haven't been at the right level",
  "haven't been consistent",
  "haven't been reliable enough",
  "haven't been clear enough",
  "haven't been thorough enough",
  "haven't been detailed enough",
  'not good enough',
  'not great',
  'not strong enough',
  'not acceptable',
  'not sufficient',
  'not where it should be',
  'not where it needs to be',
  'not up to standard',
  'not at the level',
  'not at the right level',
  'not consistent',
  'not reliable enough',
  'not clear enough',
  'not thorough enough',
  'not detailed enough',
];

const VAGUE_NOT_WELL = [
  "doesn't communicate well",
  "doesn't listen well",
  "doesn't work with others well",
  "doesn't manage well",
  "doesn't handle well",
  "doesn't write well",
  "doesn't present well",
  "doesn't plan well",
  "doesn't prioritise well",
  "doesn't prioritize well",
  "doesn't delegate well",
  "doesn't take feedback well",
  "doesn't cope well",
  "doesn't collaborate well",
  "doesn't engage well",
  "doesn't organise well",
  "doesn't organize well",
  "doesn't lead well",
  'does not communicate well',
  'does not listen well',
  'does not work with others well',
  'does not manage well',
  'does not handle well',
  'does not write well',
  'does not present well',
  'does not plan well',
  'does not prioritise well',
  'does not prioritize well',
  'does not delegate well',
  'does not take feedback well',
  'does not cope well',
  'does not collaborate well',
  'does not engage well',
  'does not organise well',
  'does not organize well',
  'does not lead well',
  "didn't communicate well",
  "didn't listen well",
  "didn't work with others well",
  "didn't manage well",
  "didn't handle well",
  "didn't write well",
  "didn't present well",
  "didn't plan well",
  "didn't prioritise well",
  "didn't prioritize well",
  "didn't delegate well",
  "didn't take feedback well",
  "didn't cope well",
  "didn't collaborate well",
  "didn't engage well",
  "didn't organise well",
  "didn't organize well",
  "didn't lead well",
  'did not communicate well',
  'did not listen well',
  'did not work with others well',
  'did not manage well',
  'did not handle well',
  'did not write well',
  'did not present well',
  'did not plan well',
  'did not prioritise well',
  'did not prioritize well',
  'did not delegate well',
  'did not take feedback well',
  'did not cope well',
  'did not collaborate well',
  'did not engage well',
  'did not organise well',
  'did not organize well',
  'did not lead well',
  "can't communicate well",
  "can't listen well",
  "can't work with others well",
  "can't manage well",
  "can't handle well",
  "can't write well",
  "can't present well",
  "can't plan well",
  "can't prioritise well",
  "can't prioritize well",
  "can't delegate well",
  "can't take feedback well",
  "can't cope well",
  "can't collaborate well",
  "can't engage well",
  "can't organise well",
  "can't organize well",
  "can't lead well",
  'cannot communicate well',
  'cannot listen well',
  'cannot work with others well',
  'cannot manage well',
  'cannot handle well',
  'cannot write well',
  'cannot present well',
  'cannot plan well',
  'cannot prioritise well',
  'cannot prioritize well',
  'cannot delegate well',
  'cannot take feedback well',
  'cannot cope well',
  'cannot collaborate well',
  'cannot engage well',
  'cannot organise well',
  'cannot organize well',
  'cannot lead well',
];

const VAGUE_NOT_ENOUGH = [
  "isn't contributing enough",
  "isn't contribute enough",
  "isn't doing enough",
  "isn't delivering enough",
  "isn't engaging enough",
  "isn't participating enough",
  "isn't speaking up enough",
  "isn't communicating enough",
  "isn't sharing enough",
  "isn't pushing enough",
  "isn't trying enough",
  "isn't stepping up enough",
  "isn't taking ownership enough",
  "isn't following up enough",
  "isn't preparing enough",
  "isn't listening enough",
  'is not contributing enough',
  'is not contribute enough',
  'is not doing enough',
  'is not delivering enough',
  'is not engaging enough',
  'is not participating enough',
  'is not speaking up enough',
  'is not communicating enough',
  'is not sharing enough',
  'is not pushing enough',
  'is not trying enough',
  'is not stepping up enough',
  'is not taking ownership enough',
  'is not following up enough',
  'is not preparing enough',
  'is not listening enough',
  'not contributing enough',
  'not contribute enough',
  'not doing enough',
  'not delivering enough',
  'not engaging enough',
  'not participating enough',
  'not speaking up enough',
  'not communicating enough',
  'not sharing enough',
  'not pushing enough',
  'not trying enough',
  'not stepping up enough',
  'not taking ownership enough',
  'not following up enough',
  'not preparing enough',
  'not listening enough',
  "doesn't contributing enough",
  "doesn't contribute enough",
  "doesn't doing enough",
  "doesn't delivering enough",
  "doesn't engaging enough",
  "doesn't participating enough",
  "doesn't speaking up enough",
  "doesn't communicating enough",
  "doesn't sharing enough",
  "doesn't pushing enough",
  "doesn't trying enough",
  "doesn't stepping up enough",
  "doesn't taking ownership enough",
  "doesn't following up enough",
  "doesn't preparing enough",
  "doesn't listening enough",
  'does not contributing enough',
  'does not contribute enough',
  'does not doing enough',
  'does not delivering enough',
  'does not engaging enough',
  'does not participating enough',
  'does not speaking up enough',
  'does not communicating enough',
  'does not sharing enough',
  'does not pushing enough',
  'does not trying enough',
  'does not stepping up enough',
  'does not taking ownership enough',
  'does not following up enough',
  'does not preparing enough',
  'does not listening enough',
  "wasn't contributing enough",
  "wasn't contribute enough",
  "wasn't doing enough",
  "wasn't delivering enough",
  "wasn't engaging enough",
  "wasn't participating enough",
  "wasn't speaking up enough",
  "wasn't communicating enough",
  "wasn't sharing enough",
  "wasn't pushing enough",
  "wasn't trying enough",
  "wasn't stepping up enough",
  "wasn't taking ownership enough",
  "wasn't following up enough",
  "wasn't preparing enough",
  "wasn't listening enough",
  "aren't contributing enough",
  "aren't contribute enough",
  "aren't doing enough",
  "aren't delivering enough",
  "aren't engaging enough",
  "aren't participating enough",
  "aren't speaking up enough",
  "aren't communicating enough",
  "aren't sharing enough",
  "aren't pushing enough",
  "aren't trying enough",
  "aren't stepping up enough",
  "aren't taking ownership enough",
  "aren't following up enough",
  "aren't preparing enough",
  "aren't listening enough",
];

const VAGUE_PHRASE = list(`
not been where | hasn't been where | has not been where | isn't where | is not where | wasn't where
should * more | needs to * more | need to * more | must * more | has to * more | have to * more | ought to * more
should be more | must be more | would like to see more | want to see more | wants to see more | like to see more
expect to see more | expecting more | more is expected | more was expected | doesn't seem to grasp
does not seem to grasp | doesn't grasp | does not grasp | fails to grasp | failed to grasp | struggles to grasp
struggling to grasp | doesn't seem to understand | does not seem to understand | doesn't understand
does not understand | doesn't get it | does not get it | doesn't seem to get | doesn't seem to care
does not seem to care | doesn't seem to take | doesn't take it seriously | does not take it seriously
not taking it seriously | doesn't engage | does not engage | not engaged enough | not engaging | not proactive
not proactive enough | isn't proactive | not stepping up | needs to step up | has to step up | must step up
raise his game | raise her game | raise their game | lift his game | lift her game | up his game | up her game
not been up to | hasn't been up to | has not been up to | isn't up to | is not up to | wasn't up to | was not up to
aren't up to | are not up to | never up to | not quite up to | falls short | fell short | falling short
not at the required level | not at the level | below the level | not the level | not performing at | not operating at
isn't operating at | not working at the level | not what we need | not what i need | not what's needed
not what is needed | not what i expect | not what we expect | not what i'd expect | not what i would expect
not meeting expectations | not meeting the bar | not meeting standards | missing the mark | misses the mark
missed the mark | off the mark | wide of the mark | not hitting the mark | not pulling * weight
needs to pull * weight | pull * socks up | needs to get * act together | get * act together | needs to buck up
could try harder | must try harder | should try harder | not trying hard enough | not putting in the effort
not putting the effort in | not enough effort | minimal effort | bare minimum | doing the minimum | coasting
going through the motions | phoning it in | phoned it in | not bringing * a game | not bringing enough
not adding value | not adding enough value | adds little value | not contributing enough | contributes little
not delivering enough | not moving fast enough | lacks pace | lacks urgency | lacks drive | lacks rigour | lacks rigor
lacks depth | lacks detail | lacks clarity | lacks structure | lacks focus | lacks polish | lacks professionalism
lacks confidence | lacks credibility | lacks impact | lacks conviction | needs more rigour | needs more depth
more rigour | more depth | not senior enough | not strategic enough | not strategic | not commercial enough
not commercially minded | not detail-oriented | not detail oriented | not a self-starter | not much of a self-starter
not organised enough | not organized enough | not confident enough | not assertive enough | not visible enough
not vocal enough | not a strong communicator | not a good communicator | poor communicator | weak communicator
soft skills
not up to speed | isn't up to speed | is not up to speed | wasn't up to speed | not yet up to speed | not up to the job
isn't meeting | is not meeting | aren't meeting | wasn't meeting | not meeting the standard | not meeting the standards
not hitting the standard | below the standard | falling below | falls below | fell below | short of the standard
short of what we expect | not at the standard | isn't at the standard | below what we expect | below what i expect
less committed | less engaged | less motivated | less focused | less focussed | less productive | less reliable
less invested | less bothered | not as committed | not as engaged | not as focused | not as sharp | seems less
noticeably down | markedly down | well down | way down | right down | off the boil | off * game | off form | out of form
not firing on all cylinders | taken * eye off the ball | taking * eye off the ball | eye off the ball | not * best work
a shambles of a | shambles of a | a poor showing | poor showing | poor show | not a good look
not where * should be | not where * needs to be | not what it was | not what it used to be | hasn't been the same
not been the same | isn't the same | gone off the boil | losing * edge | lost * edge | lost * way | lost * spark
lost * mojo | lost * focus | losing focus | lack of focus | lack of commitment | lack of effort | lack of engagement
lack of ownership | lack of urgency | lack of drive
not really pulling * weight | isn't pulling * weight | not quite pulling * weight | isn't delivering | not delivering
aren't delivering | hasn't delivered | hasn't been delivering | not performing | isn't performing | not producing
isn't producing | not contributing | isn't contributing | not stepping up enough
isn't what it should be | is not what it should be | not what it should be | wasn't what it should be
isn't what it needs to be | not what it needs to be | aren't what they should be | not what they should be
not the performance we | not the performance i | not the commitment we | not the commitment i | not the level of
not convinced * ready | not convinced * up to | not sure * up to | not sure * ready for
not sure * is up to | not convinced * is up to | not convinced * is ready | not sure * is ready | don't think * is up to
don't think * up to | don't think * is ready | don't think * ready | do not think * up to | doubt * up to | doubt * is up to
struggling in * role | struggles in * role | struggled in * role | struggling in * new role | struggling in the job
struggling in * post | struggling at work | struggling to meet | struggles to meet | struggled to meet | struggling to deliver
struggles to deliver | struggling to perform | struggles to perform | struggling to hit | struggles to hit
struggling to keep pace | struggling with the role | struggling with the job | struggling with * workload
not seeing the improvement | not seen the improvement | haven't seen the improvement | not seeing enough improvement
not seen enough improvement | not shown enough improvement | hasn't shown enough improvement | not shown the improvement
hasn't shown the improvement | not improved enough | hasn't improved enough | not enough improvement | insufficient improvement
expectations not being met | expectations not met | expectations aren't being met | expectations are not being met
not meeting * expectations | not meeting the expectations | not really where | not quite where we | not where we need
isn't where we need | not where i need | needs to raise * bar | need to raise * bar | needs to raise * standards
need to raise * standards | raise * standards | could be a lot better | could be much better | could be far better
needs to be a lot better | needs to be much better | needs to be far better | has to be better | must be better
need to get better | needs to get better | has to get better | have to get better | must get better | should get better
needs to get a lot better | need to get a lot better | needs to get much better | need to get much better
brings the * down | brings the whole * down | bringing the * down | bringing the whole * down | brought the * down
brought the whole * down | drags the * down | drags the whole * down | dragging the * down | dragged the * down
brings everyone down | brings everybody down | drags everyone down | drags everybody down | brings the mood down
not the standard | not the quality | not of the standard | not to the standard | hasn't impressed | hasn't really impressed | didn't impress | failed to impress | yet to impress | not impressed with * work
`);

/**
 * The writer's own dissatisfaction, which is still a verdict on someone's work: "I expected better from Ryan",
 * "not happy with his output". Fires only with a person after "from/of" or a work noun close behind.
 */
const VAGUE_WRITER = list(`
expected better | expect better | expecting better | expected more | expect more | expecting more | hoped for better
hoped for more | hoping for more | hoping for better | would expect more | would expect better | would have expected more
would have expected better | would've expected more | would've expected better | I'd expect more | I'd expect better
not happy with | not pleased with | not satisfied with | unhappy with | dissatisfied with | disappointed with
disappointed in | disappointed by | underwhelmed by | underwhelmed with | not impressed by | not impressed with
not thrilled with | not convinced by | frustrated with | frustrated by | not happy w/ | unhappy w/ | not pleased w/
disappointed w/ | frustrated w/ | not impressed w/
issues with | problems with | some issues with | a few issues with | an issue with | a problem with | concerns with
`);

/** Verdicts that only judge work when a person is their subject ("he has a lot to learn", not "the project"). */
const VAGUE_PERSON = list(`
has a lot to learn | has lots to learn | got a lot to learn | a long way to go | a way to go yet | still a way to go
not up to it | isn't up to it | is not up to it | wasn't up to it | not really up to it | not ready | isn't ready | is not ready
not quite ready | lost interest | losing interest | lost * interest | not dependable | isn't dependable | not reliable
isn't reliable | not a reliable | not very reliable | pick up the pace | picks up the pace | buck * ideas up
pull * finger out | shape up | shapes up | needs to shape up | not the calibre | not of the calibre | not showing the commitment
not showing enough | not showing the drive | not showing the energy | not showing the urgency
`);

const VAGUE_WORK_NOUN = list(`
communication | communications | comms | written work | writing | work product | deliverables | submissions | slides
decks | deck | presentations | presenting | documentation | handovers | handover | paperwork | admin | record-keeping
record keeping | timekeeping | time-keeping | time management | organisation | organization | planning
prioritisation | prioritization | follow-through | follow-up | follow up | accuracy | attention to detail | detail
thoroughness | rigour | rigor | quality | standard | standards | work | output | performance | contribution | effort
engagement | ownership | accountability | initiative | leadership | teamwork | collaboration | professionalism
judgement | judgment | decision-making | decision making | problem-solving | problem solving | customer service
client service | client handling | stakeholder management | relationship management | people management | skills
skillset | skill set | technique | craft | approach | mindset | work ethic | attitude to work | productivity
delivery | execution | results | progress | development | growth | learning | presence | leadership presence | impact
influence | visibility | proactivity | responsiveness | reliability | consistency | punctuality | attendance | focus
emails | reports | updates | code | code quality | reviews | analysis | forecasting | customer care | bedside manner
patient care | care plans | teaching | lessons | lesson planning | marking | coaching
decisions | choices | judgement calls | judgment calls | prep | preparation
`);

const ABSOLUTE = list(`
without exception | without fail | week in, week out | week in week out | month in, month out | year in, year out
day after day | week after week | month after month | shift after shift | meeting after meeting | time after time
each and every | every single | every last | all the time | all day long | the whole time | at every turn
at every opportunity | every chance he gets | every chance she gets | every chance they get | any chance he gets
any chance she gets | 100% of the time | one hundred percent of the time | every time | each time | every occasion
on every occasion | on each occasion | forever | for ever | perpetually | continually | continuously | constantly
incessantly | endlessly | ceaselessly | relentlessly | persistently | invariably | unfailingly | eternally | non-stop
nonstop | 24/7 | round the clock
whenever | every day | every shift | every meeting | every week | every morning | every afternoon | every task | every job | every deadline | every sprint | every rota | in every | on every | at every | over and over again | again and again | time and time again | constant | repeated | non stop | day in, day out | every bloody | each and every time | without fail
each shift | each day | each week | each morning | each meeting | each sprint | each month | each task | each deadline | every lunchtime | every lunch | every handover | every single
permanently | chronically | notoriously
`);

/** Negative behaviour next to an absolute ("always leaves …", "constantly interrupts"). */
const NEGATIVE_BEHAVIOUR = list(`
the last one | leaves * for | leaves others | someone else | somebody else | needs rewriting | needs redoing
needs fixing | needs checking | sent back | resubmit* | excuse* | blame* | complain* | moan* | whinge* | whine*
grumble* | gripe* | sulk* | argue* | argu* | interrupt* | talks over | talk over | cuts * off | cut * off
speaks over | shouts | shouting | yells | yelling | swears | swearing | snaps | snapping | storms off | walks out
walked out | huffs | sighs | rolls * eyes | eye-roll* | late | lateness | tardy | absent | absence | no-show | no show
sick day* | calls in sick | phoned in sick | leaves early | leaving early | left early | early finish | long lunch*
long breaks | extended breaks | scrolling | browsing | social media | chatting | gossip* | distracted | daydream*
switch* off | tuned out | zoned out | asleep | sleeping | dozing | napping | forget* | forgot* | misses | missed
miss | missing | skip* | skipp* | ducking | dodge* | avoid* | ignore* | ignoring | disregard* | overlook* | neglect*
fails | fail | failed | failing | fails to | refuses | refused | refusing | declines to | resists | resisting
pushes back | push back | pushback | questions everything | challenges everything | contradict* | undermin*
criticis* | criticiz* | nitpick* | sniping | snipes | sarcastic | rude | abrupt | curt | short with | wrong
incorrect | inaccurate | error* | mistake* | typo* | sloppy | messy | untidy | incomplete | unfinished | half-done
half done | behind | late with | overdue | delays | delayed | stalls | stalling | procrastinat* | put off | puts off
putting off | leaves it to | last minute | last-minute | rushes | rushed | cuts corners | shortcuts | bends the rules
breaks the rules | misplaces | misplaced | drops the ball | dropped the ball | lets * down | let * down | overpromise*
over-promise* | underdeliver* | under-deliver* | over budget | overruns | overran | mess | messes | messing | problem*
issue* | drama | conflict | fights | fighting | clashes | clashing | row* with | fall* out | falls out | takes credit
took credit | steals credit | hogs | hogging | dominates | dominating | monopolis* | hijack* | derail*
changes the subject | goes quiet | goes silent | unreachable | unavailable | offline | off grid | awol | vanishes
disappears | disappear* | nowhere to be found | can't be found | can never be found | first to complain | complains
last to help | needs chasing | has to be chased | being chased | needs reminding | has to be reminded
wait* to be told | needs to be told | has to be told | needs telling | needs hand-holding | needs handholding
needs spoon-feeding | needs babysitting | needs supervising | needs micromanaging | has to be asked twice
the last one to | last to arrive | last to log | last one in | first one out | first to leave | clock-watch*
clocks off | blaming | instagram | tiktok | facebook | youtube | netflix | whatsapp | the last to | last to submit
last to reply | reopened | rejected | bounced back | kicked back | excusing | arguing | complaining | moaning
whining | dodging | skiving | shirking
defensive | defensiveness | bare minimum | the minimum | drags * feet | dragging * feet | dragged * feet | goes missing | go missing | went missing | gone missing | weakest link | weak link | chip on * shoulder | hand-holding | hand holding | handholding | spoon-feeding | chasing | chased | reminding | reminders | a day late | days late | hours late | hides | hiding | sulks | sulking | grumpy | stubborn | takes it personally | flies off the handle | kicks off | kicked off | loses * temper | lost * temper | disappears | switches off | checks out | checked out | slacks off | slacking | sloping off | slopes off | bunks off | winds * up | winding * up | gets wound up | argues back | answers back | talks back | backchat | tantrum* | stropp* | rants | ranting
glued to | on * phone | on the phone to | phone out | scrolling
`);

const OD_EXTRA: Record<string, string[]> = {
  'od.safety': list(`
drinking before they | drinking before operating | drinking before driving | drinking before their shift
drinking before the shift | drinking on shift | drinking on site | cans on site | drunk on shift | drunk at the wheel
no working brakes | no brakes | brakes don't | brakes aren't | brakes are shot | brakes failed | no working | not safe to use
wrong dose | wrong medication | wrong drug | medication error | drug error | never reported | not reported
wasn't reported | was not reported | didn't report | did not report | unreported | went unreported | fire exits
fire doors | blocked exit | blocked exits | exits are blocked | lockout | lock-out | tagout | tag-out | lock out
interlock | bypass* | guard off | guards off | no harness | without ppe | no hard hat | no hard hats | frayed
exposed wiring | overloaded | no risk assessment | fell asleep at the wheel | falling asleep driving | unsecured load
unsecured | collapse | collapsing | fumes | contaminated | contamination | falsified checks | skipped checks
skipping checks | skipping the checks | not following the procedure | ignoring the procedure
cutting corners on safety | unsafe | dangerous | danger | hazard* | injury | injuries | injured | hurt himself
hurt herself
`),
  'od.harassment': list(`
lose her shifts if | lose his shifts if | lose their shifts if | lose shifts if | earn their overtime | 'earn' their
go for a drink with him | go for a drink with the | flirting with him | flirt with him | the terrorist
comments about her hijab | comments about his turban | comments about her headscarf | comments about her skin
grabbed her | grabbed him | grabbed me | grabs her | grabs me | grabbing | pinched her | slapped | pushed her | shoved
go on a date | a date with | on a date | asked me out | asks me out | asked her out | asks her out
keeps asking * out | sexual favours | sexual favors | sends me photos | sent me photos | sends her photos | sexting
texts me at night | texting her at night | touches | touching | touched | her bum | his hand on | hand on her
hand on my | hand on his | brushes against | massage | comments about her body | comments about his body
comments about her looks | about her body | about his body | about my body | wolf-whistl* | catcall* | propositioned
made a pass | makes passes | come-ons | creepy messages | unwanted attention
`),
  'od.discrimination': list(`
never hire | never employ | wouldn't hire | would not hire | won't promote | never promote | wouldn't promote
only hires | only promotes | prefers men | prefers women | no foreigners | no women | too old | too many women
too many foreigners | because she's a woman | because he's gay | because she's gay | because he's black
because she's black | because of her age | because of his age | because of her religion | because of his religion
because of her accent | because she's pregnant | because she's over | because he's over | passed over because
paid less because
`),
  'od.fraud': list(`
hours through on the timesheet | full hours through | putting * hours through | puts * hours through
put * hours through | taking * oramorph home | taking * morphine home | taking controlled drugs | controlled drugs missing
missing controlled drugs | taking drugs home from | taking meds home from | pocketing * tablets
clocking in people | clocks in people | clocked in people | clocking people in | clocks people in | clocked people in
clocking * in for | clocks * in for | clocked * in for | buddy punching | buddy-punching | ghost shifts
ghost employees | ghost workers | paid for hours * didn't work | paid for shifts * didn't work | signs in people who
signing in people who | signed in people who
docks hours | docks pay | docking hours | docking pay | docked hours | docked pay | wage theft | unpaid overtime
card details are being | card details copied | copying card | copying cards | cloning cards | cloned cards | card skimming
skimming cards | skimming card
fake | faked | faking | false claims | false claim | falsely | inflated | inflating | padding the | padded the
changed the figures | changed the numbers | doctoring | manipulated the | fiddling | fiddled | cash refunds
pocketing | pockets the | helping himself | helping herself | took money | takes money | taking money | stolen
stealing from | steals from | kickbacks | bribes | bribed
`),
  'od.harm': list(`
stepping into the traffic | step into the traffic | stepping in front of a | step in front of a | walk into the traffic
walking into the traffic | jump off the | jumping off the | better off without me | want to be here anymore
want to be here any more | thoughts about ending it | thought about ending it | thinking about ending it
thoughts about ending things | thought about ending things | thinking about ending things
doesn't see the point of going on | see the point of going on | point in going on | no point going on | no point living
self-harming | self harming | self-harmed | cuts herself | cuts himself | cutting herself | cutting himself
ending it | no reason to live | nothing to live for | not be around | won't be around much longer | disappear forever
take pills | overdose | hurt someone | hurt somebody | get him back | get her back | make them sorry | make him sorry
make her sorry | knows where * parks | knows where * lives | waiting for him outside
make sure * pays | make * pay for | make him pay | make her pay | make them pay | make you pay | 'll pay for this
'll pay for it | will pay for this | will pay for it | gonna pay for | going to pay for it | going to pay for this
pay for what he did | pay for what she did | got * home address | has * home address | got his home address
got her home address | knows * home address | found out where * lives | knows where he lives | knows where she lives
watch his back | watch her back | watch your back | sort him out | sort her out | do him in | do her in | kill him
kill her | kill them | kill someone | kill somebody | smash his face | smash her face
bring a knife | bring a gun | brought a knife | brought a weapon | bring a weapon | burn the place | burn it down
knife | knives | machete | firearm | a gun | his gun | her gun | weapon | weapons | carries a blade | carrying a blade
`),
  'od.reportable': list(`
12-year-old | 13-year-old | 14-year-old | 15-year-old | 16-year-old | 17-year-old | 12 year old | 13 year old
14 year old | 15 year old | 16 year old | 17 year old | minors | under 16 | under 18 | under-age | schoolgirl
schoolboy | work-experience student | work experience student | vulnerable adult | vulnerable adults | modern slavery
forced labour | forced labor | unpaid wages | passports | money laundering | laundering | tax evasion | bribery
patient harm | patient safety | serious incident | never event | cover-up | cover up | covered up | covering up
hushed up | hush it up | swept under the carpet | sweep it under
reporting threshold | reporting thresholds | under the reporting limit | below the reporting limit | stay under the reporting
structuring deposits | structuring cash | structured deposits | smurfing | split deposits | splitting deposits
deposits are being split | deposits being split | split into smaller | splitting into smaller | split the cash
splitting the cash | avoid reporting | avoid being reported | avoid the reporting | dodge the reporting
told * to keep quiet | told * to keep it quiet | told * not to report | told not to report | told * not to say
told to keep quiet | told * to say nothing | told * to drop it | told * to bury it | told * to sit on it
`),
};

/**
 * Never-off-the-record matters described in plain words, without the category word. Each list belongs to the
 * organisation's matter group it describes (od.harassment, od.safety…), so turning a group off turns it off.
 */
const OD_PLAIN: Record<string, string[]> = {
  'od.harassment': list(`
go to dinner with him | go for dinner with him | go out to dinner with him | go for drinks with him
go for a drink with him | have dinner with him | have drinks with him | brushing up against | brushes up against
brushed up against | rubbing up against | rubs up against | rubbed up against | presses against her | pressed against her
pressing against her | locked her in | locked him in | locked them in | lock her in | lock him in | locks her in
locks him in | locking her in | locking him in | lock the new | locked the new | as an initiation | initiation ritual
initiation prank | hazing
what she wears | what she's wearing | what she was wearing | what he wears | comments on her clothes
send him a selfie | send him a photo | send him photos | send him pictures | send him pics | asked her for photos
asks her for photos | asked for photos of her | go round to her flat | go round to his flat | come round to his
come back to his place | back to her place | back to his place | to his hotel | to her hotel | go back to his
ask* her out | ask* him out | ask* me out | ask* them out | ask* her on a date | ask* him on a date | ask* her for a drink
ask* her for drinks | ask* her to dinner | ask* me to dinner | ask* her back to | invited her back to | invites her back
messag* her late | messag* her at night | messag* him late | messag* me late | messag* me at night | messag* her after hours
text* her late | text* her at night | text* me late | text* me at night | call* her late | call* her at night
call* me late at night | late-night messages | late night messages | late-night texts | late night texts | late-night calls
late night calls | messages late at night | texts late at night | won't take no | wouldn't take no | doesn't take no
can't take no | pester* her | pester* me | keeps pestering | comments on her appearance | comments about her appearance
comments about her figure | comments on her figure | comments about her outfit | remarks about her body
stares at her | staring at her | stared at her | looks her up and down | looked her up and down
looks me up and down | winks at her | calls her babe | called her babe | calls her sweetheart | called her sweetheart
calls her darling | called her darling | calls me babe | calls me sweetheart | pats her bum | patted her bum
pats her leg | patted her leg | pats her knee | patted her knee | pats my bum
rubs her shoulders | rubbed her shoulders | rubs my shoulders | shoulder rub | his hotel room | invited her to his room
asked her to his room
come back to his | sits on her desk | blocks her way | blocked her way | corners her | cornered her | cornered me
followed her home | follows her home | kissed her | kisses her | tried to kiss her | tried it on with | tries it on with
sit on his lap | sat on his lap | sits on his lap | on his lap | on her lap | sit on his knee | sat on his knee
touch* her leg | touch* her thigh | touch* her hair | touch* her waist | hand on her thigh | hand on her leg | grope* | groping
nude photos | nude pics | nudes | naked photos | naked pictures | sexual messages | sexual texts | sex jokes | undress*
if she's single | if he's single | if i'm single | her love life | his love life | my love life | her sex life
my sex life | fancies her | crush on her | sexual comments | sexual jokes | explicit photos | explicit pictures | dick pic*
`),
  'od.discrimination': list(`
dirty jobs | worst jobs | the worst jobs | grunt work | calls them names | call them names | called them names
calls him names | called him names | calls her names | called her names | foreign name | foreign names
only puts | only gives | only lets | only picks | only hires | only promotes | only rosters | only schedules
only shortlists | only interviews | only employs | won't employ | won't interview | bins cvs | binned cvs
foreign-sounding names | foreign sounding names | ethnic names | go back to where | go back to your own country
where they came from | monkey noises | mocks his accent | mocks her accent | mocked his accent | mocked her accent
mimics his accent | mimics her accent | imitates his accent | imitates her accent | makes fun of his accent
makes fun of her accent | makes fun of his religion | makes fun of her religion | jokes about her hijab
jokes about his turban | because of his colour | because of her colour | because of their colour | because of his race
because of her race | because of his skin | because of her skin
`),
  'od.safety': list(`
wrong * dose | wrong * doses | wrong doses | incorrect dose | incorrect doses | double dose | double-dosed
missed doses | meds not given | medication not given | drug errors | is on something | was on something
he's on something | she's on something | are on something | off his face | off her face | smells of alcohol
smelling of alcohol | smelled of alcohol | smells of booze | smelling of booze | stinks of booze | smells of drink
stinks of drink | cocaine | smoking weed | smokes weed
droppings | mouse droppings | rat droppings | infestation | infested | without harnesses | without harness
no harnesses | unharnessed | without hard hats | without a hard hat | without edge protection | no edge protection
without a spotter | without eye protection | without ear protection | without goggles | without gloves
skip their rest | skip their breaks | skipping their breaks | skip rest breaks | skipping rest breaks | skipped rest breaks
skip their rest breaks | rest breaks skipped
past its use-by | past the use-by | past use-by | past their use-by | past its use by | past the use by | past use by
out-of-date food | out of date food | out-of-date meat | out of date meat | out-of-date chicken | out of date chicken
expired food | expired meat | changes the use-by | changing the use-by | changed the use-by | relabelled food
relabelling food | relabels food | relabelled the meat | relabelling the meat | new use-by | fresh use-by
fridge alarm* | freezer alarm* | fridge temp* | fridge temperature* | temperature logs | temp logs | undercooked
raw chicken | cross-contaminat* | allergen* | allergy labels | rats | mice | cockroach* | vermin | rodent* | mould on
gas smell | smell of gas | smells of gas | sparking socket | sparking plug | sparks from | overloaded sockets | no handrail | missing handrail
bald tyres | tyres are bald | tyres bald | tyre is bald | tread is gone | unroadworthy | not roadworthy | no mot
without an mot | mot expired | faulty brakes | broken ladder | damaged ladder | frayed cable | told * to drive it anyway
told * to use it anyway | told * to carry on anyway | drive it anyway | use it anyway | told * to ignore the alarm
told * to ignore the warning | told * to ignore it | told * to ignore the leak
without a licence | without a license | unlicensed | untrained on | not trained on
drink-driving | drink driving | drunk driving | drives drunk | driving drunk | over the drink-drive limit
over the drink drive limit | drugs on site
high on shift | stoned at work | stoned on shift | scaffold* | inspections that never | inspections never
checks that never | checks never | never inspected | not inspected | uninspected | signed off as safe
tick* the box | ticks the checklist | pencil-whip* | fire exit locked | fire exits locked | locked fire exit
`),
  'od.fraud': list(`
book next quarter's | booking next quarter's | booked next quarter's | pull revenue forward | pulling revenue forward
pull forward revenue | pulled revenue forward | book revenue early | booking revenue early | booked revenue early
recognise revenue early | recognize revenue early | channel stuffing | change the dates | changing the dates
changed the dates | change the date on | changed the date on | alter the dates | altered the dates | altering the dates
amend the dates | amended the dates | taking home stock | takes home stock | took home stock | selling it on ebay
selling them on ebay | sells it on ebay | sold it on ebay | helping himself to | helping herself to | helps himself to
helps herself to | walks out with | walking out with | walked out with | pinching stock | nicking stock | nicked stock
pinching from | nicking from | steals from | personal shopping on | personal shopping through | on the company card
on the corporate card | company credit card for
that never happened | which never happened | that didn't happen | that never took place | that never took place
which never took place | never carried out | weren't carried out | wasn't carried out | clock* in for colleagues | clock* in for mates | clock* in for his mates
clock* in for her mates | clock* in for people | clock* in for others | clock* in for someone | clock* in for friends
clock* in for staff | clock* in for workers | clock* * in for | buddy punch* | swipes in for | swiped in for | mileage he didn't | mileage she didn't
takes cash from | taking cash from | took cash from | out of the till | fake refunds
refunds to himself | refunds to herself | refunds to his | refunds to her | voiding sales | voids sales
takes stock home | taking stock home | took stock home | selling stock | sells stock | keeps the tips | keeping the tips
kept the tips | billing for hours | billed for hours | bills for hours | charging the client for | charged the client for
overcharging customers | overcharged customers | overcharges customers | overcharging clients | overcharged clients
making up the * readings | making up readings | made up the * readings | made up readings | makes up the * readings
making up the * records | made up the * records | making up the * logs | made up the * logs | making up the figures
made up the figures | fabricat* | falsif* | cook the books | cooking the books | cooked the books | off the books
hide the overspend | hiding the overspend | hid the overspend | hide the losses | hiding the losses | hid the losses
hide the shortfall | hiding the shortfall | clock him in | clock her in | clocking him in | clocking her in
clocked him in | clocked her in | clock them in | clocking them in
`),
  'od.harm': list(`
teach him a lesson | teach her a lesson | teach them a lesson | wait for him in | wait for her in
waiting for him in | waiting for her in | take it outside | settle it outside | give him a kicking | give him a hiding
do him in | do her in | letters to her kids | letters to his kids | letters to her children | letters to his children
written a letter to | goodbye letter | goodbye letters | given up on life | given up on everything | given up on living
put her affairs in order | put his affairs in order | sorted out her will | sorted out his will
better off if he wasn't | better off if she wasn't | better off if i wasn't | better off if they weren't
better off if he weren't | better off if she weren't | better off if i weren't | better off if he was gone
better off if she was gone | better off if i was gone | better off with him gone | better off with her gone
everyone would be better off | world would be better off
end* his life | end* her life | end* my life | end* their life | end* his own life | end* her own life
take* his own life | take* her own life | take* my own life | take* their own life | thoughts of ending
thoughts of suicide | suicidal | kill* himself | kill* herself | kill* myself | not want* to be alive
doesn't want to live | don't want to live | didn't want to live | wants to die | wanting to die | wanted to die
wish* he was dead | wish* she was dead | wish* i was dead | wish* he were dead | better off without him
better off without her | better off gone | a plan to end | jump in front
in front of a train | hang* himself | hang* herself | stockpiling pills | stockpiling tablets | goodbye note
giving away his things | giving away her things | harm* himself | harm* herself | deck him | lamp him | glass him
smack him | smack her | slap him | slap her | batter him | kick his head in | knock him out | knock his teeth
break his legs | break his nose | smash his face | smash her face | going to hit him | going to hit her | going to punch him
going to punch her | gonna hit him | gonna punch him | going to kill him | going to kill her | gonna kill him
gonna kill her | wants to kill him | wants to kill her | he'll kill her | he'll kill him | i'll kill him | i'll hurt him
carries a knife
carrying a knife | pulled a knife | brought a knife | has a gun | bring a gun | brought a gun | carrying a gun
`),
  'od.reportable': list(`
controls her money | controls his money | controlling her money | checks her phone | checks his phone | scared to go home
afraid to go home | frightened to go home | scared of her partner | scared of her husband | scared of his partner
scared of his wife | afraid of her partner | afraid of her husband | frightened of her partner | frightened of him
not allowed to see her friends | isn't allowed to see her friends | won't let her see her | tracks her phone
tracks her location | takes her wages | controlling partner | controlling husband | controlling boyfriend
controlled drugs | without a prescription | no prescription | below minimum wage | under minimum wage
below the minimum wage | less than minimum wage | less than the minimum wage | an hour cash | a day cash
wages in cash | paying them cash | pays them cash | paid them cash
unexplained bruis* | has bruising | had bruising | bruises on her | bruises on his | bruising on her
bruising on his | bruising to her | bruising to his | covered in bruises | unexplained marks | unexplained injuries | marks on her arms | marks on his arms | rough during
rough with the residents | rough with residents | rough with patients | rough with the patients | rough with the kids
rough handling | manhandl* | force-fed | force fed | left in soiled | left soiled | call bell ignored | ignores the call bell
ignored the call bell | buzzer ignored | medication withheld | withholding medication | withheld medication
not being fed | wasn't fed | weren't fed | underage drinking | sexting a student | selling alcohol to kids
`),
  // Helper vocabularies for the plain-words combinations in offRecordDisclosure (never findings on their own).
  'od.group': list(`
headscarf | headscarves | hijab | turban | kippah | yarmulke | niqab | burka | burqa | accent | accents | skin colour
skin color | foreign name | foreign names | foreign-sounding | ethnic | ethnicity | race | religion | nationality
sexuality | wheelchair | hearing aid | romanian | romanians | bulgarian | bulgarians | travellers | gypsies
older | younger | old | young | black | white | asian | brown | women | woman | girls | men | lads | female | male
females | males | muslim | muslims | jewish | sikh | hindu | christian | gay | lesbian | trans | disabled | pregnant
foreign | foreigners | immigrants | migrant | migrants | eastern european | eastern europeans | over-50s | over 50s
`),
  'od.pester': list(`
messag* her | messag* him | messag* me | text* her | text* him | text* me | call* her | call* me | ring* her | ring* me
phon* her | phon* me | snapchat* her | dms her | dm'd her | dm'ing her | dms me | dm'd me | whatsapp* her | whatsapp* me
`),
  'od.night': list(`
late at night | at night | midnight | after midnight | 1am | 2am | 3am | 4am | 5am | 1 am | 2 am | 3 am | 11pm | 12am
middle of the night | all hours | the small hours
`),
  'od.claim': list(`
claiming | claims for | claimed | claim for | charging | charged | charges for | billing | billed | bills for | invoicing
invoiced | invoices for | signing off | signs off | signed off | sign off | expensing | expensed | putting through
puts through | put through | submitting | submitted | paid for | paying for
`),
  'od.unreal': list(`
never attends | never attended | never visits | never visited | didn't attend | wasn't there for
never made | never happened | never took place | never worked | never went | never ordered | never delivered
nobody went | no one went | nobody attended | no one attended | nobody was there | no one was there | nobody went to
never arrived | never bought | never received | didn't happen | didn't work | didn't do | didn't make | doesn't exist
don't exist | didn't exist | made-up | fictitious | phantom | nonexistent | non-existent | imaginary | ghost
`),
  'od.vulnerable': list(`
youth club | youth group | youth centre | youth center | scouts | guides | brownies | cubs | year 1 | year 2
year 3 | year 4 | year 5 | year 6 | reception class | nursery
resident | residents | patient | patients | service user | service users | pupil | pupils | student | students
child | children | kid | kids | teenager | teenagers | teen | young person | young people | year 7 | year 8 | year 9
year 10 | year 11 | year 12 | year 13 | grade 8 | grade 9 | grade 10 | sixth former | sixth-former | elderly
learner | learners | trainee aged | apprentice aged | dementia | care home | toddler | toddlers | baby | babies
infant | infants | under-12s | under-13s | under-14s | under-15s | under-16s | under-18s | under - 12s | under - 13s
under - 14s | under - 15s | under - 16s | under - 18s | u12s | u13s | u14s | u15s | u16s | juniors | junior players
academy players | schoolchildren | school children | youngsters
`),
  'od.contact': list(`
buys him | bought him | buying him
snapchat | instagram | whatsapp | tiktok | facebook messenger | messenger | dm | dms | dm'ing | dming | direct messages
direct messaging | private messages | private messaging | messag* | texting | texts her | texts him | personal number
personal phone | personal mobile | lifts home | lift home | gave her a lift | gives her a lift | meet up | meeting up
met up | alone with | in his car | in her car | buys her | bought her | buying her | photos of | pictures of
at his flat | at his house | to his house | befriended | friend request
`),
  'od.mistreat': list(`
wet bed | nobody turned | not turned | weren't turned | not repositioned | pressure sores | bed sores | bedsores
left on the floor | left on the toilet | left sitting | left for hours | not given water | dehydrated | unwashed
not washed | nappy not changed | nappies not changed | pad not changed | pads not changed | rough with | rough during
rough handling | too rough | roughly handled | handled roughly | handles them roughly | hit him | hit her | hit them
hit a | hit one | hits him | hits her | hits them | hitting him | hitting her | hitting them | hit the kids | hit a child
hit the child | slap* | pinched him | pinched her | pinches him | pinches her | pinching | pushed | pushes | shoved
shoves | grabbed him | grabbed her | grabs him | grabs her | grabbing him | grabbing her | grabbed the child | shout* at
yell* at | swear* at | scream* at | mocks him | mocks her | mocked him | mocked her | mocking him | mocking her
mocks them | mocking them | laugh* at | restrained him | restrained her | restraining him | restraining her | held down
pinned down | pinned her | pinned him | tied to | tied her | tied him | locked in | locks * in | left alone
leaves the * alone | left the * alone | leaving the * alone | leave the * alone | unsupervised | unattended
neglect* | withheld food | withholding food | withheld meals | soiled | unfed | not fed | burn marks | burns on
bruis* | humiliat* | ignored her buzzer | ignored his buzzer | ignored the buzzer | ignores the buzzer
`),
  'od.treat': list(`
never give | don't give | won't give | never let | don't let | wasn't put forward | not put forward
weren't put forward | isn't put forward | wasn't shortlisted | weren't shortlisted | overlooked | refused | denied
not allowed | isn't allowed | wasn't allowed | aren't allowed | told to remove | told to take off | asked to remove
asked to take off | off the shortlist | leave * off | leaves * off | left * off | dirty jobs | worst jobs | calls them
call them | makes the * do | makes them do | made them do
only ever | never lets | never gives | won't let | won't give | doesn't let | doesn't give | gets the worst | get the worst
worse shifts | worst shifts | better shifts | best shifts | front tills | kept off | keeps * off
kept * off | left out | leaves out | leave out | excluded | excludes | treated differently | treats * differently
treat * differently | paid less | pays * less | pay * less | mocks | mocked | mimics | mimicked | imitates
imitating | makes fun | made fun | jokes about | joke about | laughs at | laughed at | nickname | nicknames
refers to them as | skipped over | not shortlisted | won't shortlist
binned | rejects | rejected | turned down | turns down | never picks | never promotes | never hires
`),
  'od.disable': list(`
without | no longer wear* | not wearing | isn't wearing | aren't wearing | don't wear | doesn't wear
won't wear | skip | skip their | told * to skip | tells * to skip
switch* off | turn* off | disabled | disabling | disable | disables | bypass* | overrid* | overrode | taped over
tape over | tapes over | unplugged | unplugs | disconnected | disconnects | removed the | removes the | took off the
takes off the | wedged open | wedge* open | ignore* | silenced | silence* | muted | mutes | never happened | didn't happen
never took place | never done | never did | not done | weren't done | wasn't done | never carried out | not carried out
skipped | skipping | skips | faked | fake* | made up | invented | pencil-whipp* | broken for | been broken
stopped doing | stopped carrying out | stopped checking | not doing the | isn't doing the | aren't doing the
haven't done the | hasn't done the | haven't been done | hasn't been done | fill in the log | fills in the log
filling in the log | fill the log in | fills the log in | filled in the log | backfill* | back-fill* | pre-fill*
prefill* | just ticks | just tick | altered | altering | alters | tampered | tampering | tampers | edited the
edits the | doctored | doctoring | rewrote | rewriting
`),
  'od.device': list(`
hard hat | hard hats | helmet | helmets | gloves | goggles | mask | masks | respirator | respirators | ear defenders
hi-vis | high-vis | safety boots | edge protection | lifejacket | lifejackets | life jacket | rest breaks | rest break
rest periods | driving hours | maintenance checks | maintenance check | service checks
alarm | alarms | sensor | sensors | detector | detectors | interlock | interlocks | guard | guards | sprinkler
sprinklers | extinguisher | extinguishers | e-stop | emergency stop | cut-out | cutoff | cut-off | inspection
inspections | safety check | safety checks | checks | fire door | fire doors | handrail | handrails | harness
harnesses | ppe | lockout | lock-off | temperature check | temperature checks | temperature log | temperature logs
temp log | temp logs | the log | the logs | logbook | log book | records | the records | tacho | tachograph
tacho records | readings | certificates | probe | brakes | light curtain | kill switch | safety switch | ventilation | extraction
extractor | gas detector | co alarm | smoke alarm | fire alarm | servicing
`),
};

const NEVER = list(`
on no occasion | not a single time | not one time | not even once | never anything | not one single | never, not once
won't ever | wouldn't ever | isn't ever | aren't ever | hasn't ever | haven't ever | can't ever | couldn't ever | will not ever | would not ever | has never once | never bothers | never manages
`);

const AGE_GROUPS = [
  'older folks',
  'older people',
  'older guys',
  'older staff',
  'older workers',
  'older ones',
  'older lot',
  'older crowd',
  'older bunch',
  'older colleagues',
  'older candidates',
  'older applicants',
  'older hires',
  'older employees',
  'older members',
  'older lads',
  'older ladies',
  'older women',
  'older men',
  'older blokes',
  'younger folks',
  'younger people',
  'younger guys',
  'younger staff',
  'younger workers',
  'younger ones',
  'younger lot',
  'younger crowd',
  'younger bunch',
  'younger colleagues',
  'younger candidates',
  'younger applicants',
  'younger hires',
  'younger employees',
  'younger members',
  'younger lads',
  'younger ladies',
  'younger women',
  'younger men',
  'younger blokes',
  'elderly folks',
  'elderly people',
  'elderly guys',
  'elderly staff',
  'elderly workers',
  'elderly ones',
  'elderly lot',
  'elderly crowd',
  'elderly bunch',
  'elderly colleagues',
  'elderly candidates',
  'elderly applicants',
  'elderly hires',
  'elderly employees',
  'elderly members',
  'elderly lads',
  'elderly ladies',
  'elderly women',
  'elderly men',
  'elderly blokes',
  'old folks',
  'old people',
  'old guys',
  'old staff',
  'old workers',
  'old ones',
  'old lot',
  'old crowd',
  'old bunch',
  'old colleagues',
  'old candidates',
  'old applicants',
  'old hires',
  'old employees',
  'old members',
  'old lads',
  'old ladies',
  'old women',
  'old men',
  'old blokes',
  'young folks',
  'young people',
  'young guys',
  'young staff',
  'young workers',
  'young ones',
  'young lot',
  'young crowd',
  'young bunch',
  'young colleagues',
  'young candidates',
  'young applicants',
  'young hires',
  'young employees',
  'young members',
  'young lads',
  'young ladies',
  'young women',
  'young men',
  'young blokes',
];

/** Role nouns: a person, whatever their job. */
const ROLE_NOUN = list(`
supervisor | lead | director | analyst | engineer | developer | nurse | driver | assistant | agent | rep | technician
intern | apprentice | trainee | graduate | contractor | temp | associate | consultant | officer | clerk | cashier | picker
operator | teacher | doctor | chef | waiter | waitress | barista | recruiter | accountant | designer | salesperson
salesman | saleswoman | coordinator | administrator | receptionist | cleaner | porter | carer | coworker | co-worker
peer | newbie | joiner | bloke | blokes | fella | fellas | chap | lad | lass | gal | guy | hire | starter | player
`);

/** Praise words that, as a sentence on their own next to a failure, are ironic: "Lovely.", "Priceless.", "Great job." */
const IRONIC_FRAGMENT = list(`
priceless | classic | marvellous | marvelous | splendid | superb | smashing | charming | delightful | fabulous | fab
terrific | stellar | outstanding | impressive | glorious | beautiful | wonderful | lovely | brilliant | fantastic | great
perfect | super | excellent | awesome | nice | great job | good job | nice job | nice work | great work | good work
well done | nice one | good one | top job | top work | bravo | genius | love it | love that | loving it | just great
just perfect | just brilliant | just lovely | just marvellous | oh good | oh great | oh lovely | how lovely | how nice
`);

/** Feelings the writer claims that, next to "as ever"/"yet again", are ironic: "Thrilled, as ever, to receive…". */
const IRONIC_FEELING = list(`
thrilled | delighted | overjoyed | ecstatic | over the moon | so pleased | so happy | chuffed | elated | tickled pink
`);

const AS_EVER = list(`
as ever | as always | as usual | as per usual | as per | once again | yet again | once more | like clockwork
`);

/** "His attitude stinks": contempt verbs on a person or their work. */
const STINKS = list(`
stinks | stank | stunk | sucks | sucked | reeks | stinking | is a joke | was a joke | is laughable | was laughable
is a disgrace | was a disgrace | is a shambles | was a shambles | is a farce | was a farce | is pathetic | was pathetic
`);

const IRONIC_USE =
  'great fantastic brilliant excellent good wonderful superb lovely marvellous terrific splendid super productive'
    .split(' ')
    .flatMap((p) =>
      ["use of everyone's", "use of everybody's", 'use of my', 'use of our', "use of the team's"].map((o) => `${p} ${o}`),
    );

/** What someone thinks of himself, before a flat retort: "Eddie thinks he's God's gift to sales. He isn't." */
const SELF_VIEW = list(`
thinks he's | thinks she's | thinks they're | reckons he's | reckons she's | believes he's | believes she's
thinks he is | thinks she is | fancies himself | fancies herself | sees himself as | sees herself as | claims he's
claims she's | says he's | says she's | thinks he can | thinks she can | thinks he knows | thinks she knows
`);

/** Openers that are ironic only about a failing ("Amazing how Chris always finds something else to do"). */
const IRONIC_LEAD = list(`
amazing how | funny how | funny that | incredible how | remarkable how | astonishing how | curious how | odd how
looking forward to another | can't wait for another | can't wait for the next | another one of * famous
`);

/** Insults: a verdict on the person (subjective_label) said in contempt (emotional_or_sarcastic) too. */
const INSULT = list(`
idiot | idiots | moron | morons | imbecile | cretin | halfwit | half-wit | nitwit | dimwit | dunce | buffoon | clown | clowns
numpty | numpties | muppet | muppets | plonker | pillock | prat | twit | berk | dipstick | jerk | prick
tosser | wanker | knobhead | dickhead | arsehole | asshole | dumbass | dumb-ass | doofus | dolt | oaf | bonehead
knucklehead | blockhead | airhead | waste of space | waste of oxygen | waste of a salary | useless lump
pain in the arse | pain in the ass | pain in the backside | pain in the butt
`);

/** Contempt words that, as a sentence or bullet on their own, are the writer venting: "clueless", "Useless.". */
const CONTEMPT_FRAGMENT = list(`
clueless | useless | hopeless | gormless | brainless | pathetic | unbelievable | unreal | a joke
embarrassing | shameful | woeful | abysmal | laughable | tragic | ridiculous | absurd | madness | idiot | moron
`);

/** The writer has given up on someone: "I am DONE with this team's excuses", "I'm so done with him". */
const DONE_WITH = list(`
i'm done with | i am done with | i'm so done with | i am so done with | we're done with | i'm finished with
i am finished with | i've given up on | i have given up on | i give up on | had it up to here
run out of patience with | out of patience with | lost all patience with | lost patience with
done making excuses for | tired of making excuses for | sick of making excuses for | done covering for | sick of covering for
`);

/** Things a writer is done with that make it venting rather than a status ("done with the migration"). */
const DONE_OBJECTS = list(`
excuses | excuse | nonsense | attitude | behaviour | behavior | whining | moaning | whinging | games | drama | rubbish
crap | lies | lateness | antics | complaining | complaints | tantrums | sulking | him | her | them | you | team | lot
people | everyone | everybody | department | crew | shower
`);

/** Praise laid on too thick, which next to a failure is irony: "Thanks QA, truly heroic effort." */
const HYPERBOLE = list(`
heroic | heroics | herculean | superhuman | legendary | epic | stellar | masterful | masterclass | masterpiece
stroke of genius | tour de force | world-class | world class | sterling | truly inspired | outstanding
exemplary | flawless | impeccable | top-notch | first-class | award-winning | record-breaking | heroically | valiant
valiantly | breathtaking | truly impressive | genius
`);

/** Words that undo a failure, so praise after it is sincere: "Outage restored overnight. Thanks Ops, heroic effort." */
const RESOLVED = list(`
fixed | resolved | restored | recovered | saved | rescued | sorted | handled | caught | back up | back online
turned around | turned it around | got it back | brought back | contained | mitigated | prevented | averted | patched
despite | in spite of | through | covered | stepped in | stepping in
`);

/** Scare-quoted praise of someone's work: "the 'speedy' fix", "his 'help'", "her 'urgent' request". */
const SCARE_PRAISE = list(`
speedy | quick | fast | prompt | swift | rapid | urgent | helpful | help | fix | improvement | improvements
expert | expertise | genius | brilliant | great | excellent | perfect | amazing | smart | clever | efficient | professional
hard work | hard-working | hardworking | busy | team player | finished | done | completed | tested | checked | thorough
research | input | contribution | contributions | innovation | innovative | masterpiece | essential | important
on time | early | ready | support | help desk | strategy
`);

/** A person who made it through despite the writer's view: "not sure how Janine got through the interview". */
const HOW_THEY_GOT = list(`
got through | got the job | got hired | got promoted | got in | got past | got this job | got that job | passed
made it through | made it past | survived | still has a job | is still here | still works here | ever got | ever passed
ever made | landed | keeps * job | kept * job | was hired | was ever hired | got a job | got taken on | was taken on
`);

/** Lack of a character trait, stated flat: "zero initiative", "not an ounce of common sense". */
const TRAIT_LACK_LEAD = list(`
zero | nil | not an ounce of | not a shred of | not a scrap of | not one ounce of | absolutely no | devoid of
bereft of | without a shred of | not a single ounce of | no sense of
`);
const TRAIT_LACK_NOUN = list(`
initiative | common sense | backbone | spine | gumption | nous | drive | get-up-and-go | oomph | work ethic
people skills | social skills | self-awareness | self awareness | emotional intelligence | charisma | personality
motivation | ambition | urgency | accountability | ownership | integrity | manners | tact | empathy
humility | enthusiasm | pride in * work | respect | patience | humour | humor | personal responsibility
`);

/** What a person is meant to produce, so "zero" of it after praise is irony: "Stellar week from Sam: zero calls logged". */
const ZERO_OUTPUT = list(`
calls | sales | tickets | leads | deals | updates | progress | emails | replies | output | visits | bookings | commits
prs | pull requests | tasks | work | cases | closes | appointments | contributions | ideas | done | delivered | submitted
completed | achieved | logged | sent | closed | sold | written | to show | shipped | finished | resolved | answered
`);

export const VOCAB: Record<string, readonly string[]> = {
  'es.zeroOutput': ZERO_OUTPUT,
  'es.insult': INSULT,
  'es.contemptFragment': CONTEMPT_FRAGMENT,
  'es.doneWith': DONE_WITH,
  'es.doneObject': DONE_OBJECTS,
  'es.hyperbole': HYPERBOLE,
  'es.resolved': RESOLVED,
  'es.scarePraise': SCARE_PRAISE,
  'es.howTheyGot': HOW_THEY_GOT,
  'sl.lackLead': TRAIT_LACK_LEAD,
  'sl.lackNoun': TRAIT_LACK_NOUN,
  'es.ironicLead': IRONIC_LEAD,
  'es.selfView': SELF_VIEW,
  'es.ironicFragment': IRONIC_FRAGMENT,
  'es.ironicFeeling': IRONIC_FEELING,
  'es.asEver': AS_EVER,
  'es.stinks': STINKS,
  'sl.adj': TRAIT_ADJ,
  'sl.adjWeak': TRAIT_ADJ_WEAK,
  'sl.noun': TRAIT_NOUN,
  'sl.framedNoun': [...TRAIT_NOUN_FRAMED, ...TRAIT_NOUN],
  'sl.frame': LABEL_FRAME,
  'hs.term': HEALTH_TERM,
  'hs.spec': HEALTH_HEDGE,
  'pc.demonym': DEMONYM,
  'pc.origin': ORIGIN_PLURAL,
  'pc.age': [...AGE_TERMS, ...AGE_GROUPS],
  'sl.personNoun': ROLE_NOUN,
  'pc.personNoun': ROLE_NOUN,
  'pc.sex': SEX_TERMS,
  'pc.family': FAMILY_TERMS,
  'pc.religion': RELIGION_TERMS,
  'pc.disability': DISABILITY_TERMS,
  'lc.term': LEGAL_TERMS,
  'lc.ism': LEGAL_ISMS,
  'pa.act': PROTECTED_ACT,
  'pa.adverse': ADVERSE,
  'pa.judgement': SOFT_JUDGEMENT,
  'es.phrase': [...SARCASM, ...IRONIC_USE],
  'es.praiseOpener': PRAISE_OPENER,
  'es.failure': BAD_EVENT,
  'vn.adj': VAGUE_ADJ,
  'vn.phrase': [...VAGUE_PHRASE, ...VAGUE_NEGATED, ...VAGUE_NOT_WELL, ...VAGUE_NOT_ENOUGH],
  'vn.workNoun': VAGUE_WORK_NOUN,
  'vn.writer': VAGUE_WRITER,
  'vn.person': VAGUE_PERSON,
  'al.always': ABSOLUTE,
  'al.never': NEVER,
  'al.neg': NEGATIVE_BEHAVIOUR,
  ...OD_EXTRA,
};
for (const [tag, words] of Object.entries(OD_PLAIN)) VOCAB[tag] = [...(VOCAB[tag] ?? []), ...words];

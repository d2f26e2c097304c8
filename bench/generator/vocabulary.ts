/** Danish words from the project's source documents (../shared/seeds), most frequent first: a realistic vocabulary for generated notes. */
export const vocabulary: readonly string[] = `
skal børn indsats unge eller hvor ikke også praksis fokus forebyggende være mere tværs kommune rådgiverne
støtte kommunens dette kommuner indsatsen hvordan mellem tidligere arbejde forhold kommunen således barnet
efter enkelte almenområdet udsatte style barn kunne herning arbejdet forskellige samarbejde alle udvikling
behov fælles sager tilbud flere have blandt deres viden omkring familien været både familie sikre barnets
sverigesprogrammet specialiserede tidlige undersøgelse indsatser hvis kommunerne skoler bliver tidlig andet
sverigesteamet peger andre konkrete denne tværgående faglige forebyggelse anvendes understøtter dagtilbud
løbende interviewene type socialt grad gang analysen relevante mange styrke opfølgning redskaber endvidere
inddragende meget samme området rådgivere hvad eksempel ressourcer ofte forløb gennem list none bedre børne
hvilke tidligt effektiv giver over forbindelse netværksmøder nogle underretninger netværk arbejder
tværfaglige samt godt sættes muligt understøtte område erfaringer medarbejdere skole måde dialog kommer
kompetencer udvikle særligt sundhedsplejen foranstaltning opsporing række vurdering fordi rådgivning rådgiver
skabe socialstyrelsen inspiration omlægningen yderligere hele familier organisering mindre inden retning
systematisk samtidig ankestyrelsen fast faggrupper forskning fremgår derfor opleves børnefaglig rolle tiltag
relevant brug blive videre inddragelse børnefaglige sammen implementering stor ifølge socialrådgivere
prøvehandling socialstyrelsens ramme under afsæt herunder vurderer sparring sætte målrettet sagsbehandlere
rammer eksempler risiko foranstaltninger tilbuddene redskab redskabet styrket vigtigt sammenhæng konkret
trivsel fortæller gøre helt kendskab netop kontakt møderne styring styrker viser organisatorisk samlet
etableret gode tage leverandørerne temaer kommunes samlede form politiske heraf øvrige iværksættes sker
daginstitutioner eksempelvis kræver etablere aktører disse afgørende adgang kommunale position større
målgruppen samarbejdet programmet formål social ledere særlig følges overblik blevet tidspunkt unges forældre
handler indtryk møder langt allerede sagsbehandlerne netværket hurtigt hvem socialfaglig indenfor
sagsbehandling udfordringer udsat referencekommuner problemer ungeområdet sagsbehandlingen centrale områder
ankestyrelsens problemudviklingen oplever organisatoriske ledelse højere dermed sagen faglig typer mistrivsel
sagstal strategi indebærer dels omlægning især tilgang erfaringerne uden udviklingspunkter interview dertil
sverigesteamets baggrund omstilling følge resultater hvilket vurderes fagområder først særlige understøttes
bekymring familierne tilfælde samspil erfaringen almene overordnede inddrages ligger helhedsorienteret
tættere endnu spørgsmål sagsgennemgang sverigesmodellen afgrænset tager udgangspunkt betydning forlængelse
medarbejderne haft overordnet fremhæves rette hvornår samtidigt lærere mulighed skaber forældrene fire lykkes
topi løsninger metoder længere tilbudsvifte første ambition bidrage betyder tværfagligt følgende handleplanen
tværfaglig centralt arbejdes iværksat progression støtten anvendelsen implementeret faste gjort forløbet
muligheder anden pædagoger udbredt ligesom finde processen tilbudsviften bruges faglighed komme indhold
brugen sprog modeller tema signs safety indgang potentielle undersøgelser lange analyse grundlag serviceloven
implementeringen bringes lige effekt indgribende bruge blev familiens værk indikerer tætte væsentligt
relation hver potentiale kvalificere rådgivernes underretningen gennemgåede aktivt selv fortsat bredere
forskel tages vist kvalitet socialrådgiver modellen vores heidi håndtering iværksættelse hverdagsliv
leverandører sagsgennemgangen vejen visioner opmærksomhed daglige står udviklingen virker ejerskab teamet
tale skulle inddrage match servicelovens hvilken involveres sådan udsathed rundt bruger programmer plan
stilling institutioner elementer opgaver hinanden vidensbasering enheder socialrådgiveren opgaven vigtige
politik omlægge lokale udviklingsarbejdet udvalgte model bidrager etableringen leverandørled sagerne
fokuserer mindset ligeledes projekt spil omstillingen gives beskrives bredt evidensbaserede implementere
underretning funktion modtager initiativer fagprofessionelle følger nødvendige fået eventuelt henholdsvis
hyppigere mest alene eksisterende oplevelsen noget lettere igen fagpersoner opsporings bedste måder
socialrådgiverne refleksion redskaberne listen charlotte kruse indsatsvifte nuværende karakter findes
indsatserne hermed interviews primært center psykologer opfølgningen beskrevet sociale gennemgående
vidensbaserede såvel afdelinger sagsforløbet anvender undersøgelsen forudsætning tegn traditionelle
problemerne iværksætte hjælp fleste give opfølgninger tilstrækkelig fremhæver gennemføres bygger opgave
udtryk sagsbehandler indeholder professionelle bekymringer stadig uddannelse praksisnær hvert ansvar
organisationen styringsmodel borgeren organisation billede forankres sideløbende fagligt økonomisk mening
siden udviklingsprojekt distrikter dele takt gennemført sundhedspleje politikker retningen projektet
udarbejdet sundhedsplejersker team styringen handleplan positiv desuden kontinuitet hurtig peges fysisk bred
børnene fremmest henblik bringe tænkning nævnes indtrykket sikrer læring målgruppe involverede styre
udstrækning inddragelsen hurtigere sætter burde aktiv fagpersonerne sagsforløb risikogruppen deltager
inddraget aftaler tilbyde teamlederen udviklet modtageenheden efterfølgende opmærksom teams tyder trods øget
hensyn afholdes procedurer visitationsudvalg hvorvidt pågældende oplysninger holde opmærksomme passer
systematik anderledes opnå opfølgningerne effekten relationer bekymringen vigtig fungere samspillet klart
målet københavn overveje samarbejdspartnere specialområdet etablering almen liste børnelinealen youtu video
bare vidensdagsordenen vidensdeling pigen partnerskab miljø indledende danne forebygge perspektiv færre
svenske skoledistrikter tråd programmets bærende stærkt deltagende partnerskabs gøres klar lidt data gældende
beskriver gælder indikatorer organiseret kort ambitionen fungerer ledelsesmæssig stærk dokumentation rigtige
målsætninger vægt kvalificeret ønsker sundhed dagsorden omstille sigte sige indsatstrappen eskalerer status
blot medarbejdergrupper deltagelse chef opmærksomhedspunkt udover økonomi mødes sidder fordel tænke situation
tilpasning herefter afklaring metode justeringer belysning matchet specialiseret gerne faggrupperne ellers
fortælles givet uanset nærmere fald ansvarlig timer loven håndteringen foretage vurderingen laver vanskeligt
nævner involverer orienterede varetager træffes myndighed metoden forståelse positivt anvendelse egentlig
retningslinjer lægger specifikt antallet umiddelbart starten selvom forudgående indsatsstrappen grund nævnt
problematikker forvaltningen ønske antal dage drøfte valg visse seks altid skabt børns mulige lærer primære
fleksibilitet økonomiske drift sikres tidsbegrænsede ændre forandringer implement danske overvejelser
strategisk fastholdes vigtigste ende skoleområdet veje endelig rammerne steder organiseres forankring
roskilde forslag samarbejdsmodeller indledningsvist funktioner involvere generelt lede piloterne tilsvarende
mennesker børneområdet håber rigtig tiden siger kvartal tandrensning planlægning videreudvikle udvikler
koncept udbredes opstår sverige tilfældet sammenhængen kvaliteten resterende udrulning ændret seneste afdække
består programleder bestemte strategier dokumenter mens frem undervejs udarbejdes kaldet organiseringen
kapitlet understøttende ovenstående politisk sammenhængende samarbejder koordineret opleve baseret ønskede
ydes generel målgrupper enighed tilrettelægge sektorområder overensstemmelse justere kultur perspektiver
tilgangen snarere lykkedes herfor stort skabes omsat placeret hører drøftelser tilknyttet ventetid lave
problemudvikling drøftes koordination hentes derved beslutning omvendt behandling situationer oplevelse ville
agere rådgivningsforløb foretager foreskriver direkte modtaget teammøder underretter underrettere erfaring
sagens havde aktiviteter dokumentere vedrørende styrkes materialet egne socialfaglige svære formålet senere
uger møde private tilstrækkeligt holdt henvender laves måneder adfærd psykolog hverdag imellem vælger skridt
foranstaltningen sparringen individuelt derefter tredje tilgængelige handleplaner vurdere fortsætte ændringer
viften opdages værktøj optager forholde ovenfor problemstilling pædagog fuld ressourcerne implementeres
optaget rummer udfordring hjælpe parallelt anvende nede linje relationen igennem forebyg gende consulting
group illustration tion ning positioner nedenstående kommunernes muligheden vende målrettede fastholde
afstemt valgt indsat samar styringsmæssige hvorfor temaet udgående frontteam geografisk rende etableres
viborg grader forskellig trivsels kategorisering knytter graden screening kategori facilitere begynder
brønderslev københavns slagelse strukturer parametre store styringsparametre gået lyst specialisering
sverigesmodel kræfter lovgivningen historie historien systemet lavet beslutninger rudersdal guiden henning
rammesætning tegner kortlægning fundament udviklingsarbejde foregår fællesskab menneskeligt forskningen
betale investere heckman case krevi udgør evalueres nærværende skarpt foreløbige projektperioden altså
indhentet kriterier ovennævnte regi referencenetværket egen familieafdelingen styringsgrundlag gennemgås
temaerne opsamling brede lever vilkår bevågenhed anbefales resultatopfølgning signaler eventuel nærmiljø
lægges forvaltninger koordinerer tilbydes undgås klare kobles overgange skriftlige prioriteret niveau omsætte
passende iværksættelsen afholdt stærke involvering respektive besluttet centre retter familiecenter
tilknytning børnegruppen systematiseret respondenterne styregruppe chefer fremdrift information høje
understøttet væsentlige sagsgangen belysningen valget intensitet medvirke fundet given faciliterer hyppige
matcher leverandørledet families placering trække sundhedsplejerske bestå samtaler bekymrende sine visitation
herom ensartet internt kalder leverandørsiden facilitering koordinering forinden alligevel grundet handle
handles informationer sagsbehandleren rettidig beskrivelse modtagelsen foretages snart næsten samtlige
tilbagemelding anledning besked desto forbedre varetages vurderet punkt løsningen afgørelse bemærker alder
væsentlig materiale netværksmøde opfølgende succes integreret indgår afgrænsede komplekse kapitel hjulpet
enten omfatter idet typisk lovkrav kvalificerede tvivl enig udpræget nederste trin håndteres oftest afsnittet
omfattende dialogen vidt angår udredningen endeligt beskæftigelse sparrer forudsætter vifte nødvendigt
indsatsviften servicestandarder foruden dernæst opdaterede værdi såfremt foranstaltningerne iværksætter lægge
barriere året lavere måned gennemfører handleplanerne måske hyppig aktuelle meningsfulde justering trives
hverdagslivets støttes gearret former opsporingen daglig pædagogisk fagprofessionelles screene specialtilbud
omsorgssvigt taget opfattelser dagpleje faktisk tilgange vuggestuer rådgivningen sidde mødet drejer
præsenteres struktur indtil ungeområde taler periode udvikles underbygges konsekvent borgerne efterspørgsel
institutionerne medarbejder skolegang interne gange tydelig reference forskelligt refe rencekommunerne
tilbage støttet søgt nerne nævnte forventningen indfri børnefamilieområde almenområdets betyde adgangen
socialrådgiverens rådighed drøftet defineret ugen forankret repræsentanter illustrerer sagsbe sats tydeligt
udtømmende borger bekymret handlemuligheder oplevet stafetlog gusa forvente relativt brugere tvunget
børnehaver deler nedenfor værktøjer ring udbredelsen imens nysgerrige svaret aspx artikel produceret følgelig
indad ledelses forandringsledelse forsøgt organisere opgaveløsningen investeringer fortsætter traditionel
målsætningerne spor høre afprøve sammensætte afprøvning personalet sket dubu bedst centrum største kommet
socialrådgivernes rollen udnytte borgere dømmekraft vidensbegreb mercado slet hjem forandringerne travlt
fortalte hende tider socialraadgiverne bevægelse foregå arbejdsgruppen kontaktperson arbejdsgruppe workshops
bach christensen direktør indledning analyserapporten identificeres foretaget interesserede initiativ midler
afsat vokser negative følgevirkninger danmark årsagen gribe geare investing disadvantaged young children
european expert economics education nærbillede almenmiljøet kora udrulle rapport sveriges stilles datakilder
belyse dagplejen direktøren bilag gennemgang regler formaliserede nedskrevne gennemgået behandlet danner
planlægge udarbejder derhen strategiske omsættes fokuseres politikkerne konkretiseret katalysator fremdriften
gunstige underlagt vilkårene udrulningen ledelsesmæssigt ungepolitik revideret truede uheldig sidste
kontakten nyeste delpolitik sårbare fokuspunkt politi mindst genfindes delpolitikkerne dagsordenen inklusion
sammenhænge tilgrænsende rettet vidner starter operative styringsdokumenter handling forandre etablerede
normalt hverdagsmiljøet bærer præg omtaler mindsettet skolelederne dets indholdet andel succesfulde tjener
sommeren januar kraft klassisk centerstruktur huser alderen hedebocentret sverigesprogram justeret tilpasset
stærkere projektets medvirkende beliggende relationsbårne bestående ansat driver klædt generelle tradition
præget resten understøttelse myndighedsområdet behandlingen sted kontinuiteten behandler meste påbegyndes
affødt indgå barns nemt næste hjemmebesøg beskæftiger afholdelse hovedansvaret rådgiveren mellemrum problemet
herigennem faciliteret fritidsinteresser rådgivende servicerer forløbene kolleger træffer central
serviceniveau udvidede spiller heller familiebehandling samtykke kendskabet foregående kvalificerer sårbar
reagere reaktion sendes modtageenhed akutvurderingen genvurderinger vurderingerne praktiske orientering
underretningerne igangsættes udfører bekymrede parallelindsats fandt akter hverken manglende grundigt indføre
sørge afklares velfungerende tilbagemeldinger tydeliggøre børnesamtaler størstedelen børnesamtale
tilrettelægges kontinuerligt start slut medfører solidt løsningerne emner beskrivelserne indhente
ansvarsfordelingen gennemføre finder tilgængelighed samarbejdspartner dagtilbudsledere udfordringerne
medvirken synes imidlertid rækker omfatte problemstillinger eskalering tilsiger forsøges kompetence drøftelse
teamleder deltagere markant måneders intern pmto utrolige tilbudt problematik fravalg påbegyndt
hensigtsmæssigt modtages sent proceduren afgørelser kortere fokuspunkterne spørger krav parter
sagsbelysningen lyder nogen helhedsorienterede undersøgelserne sagbelysningen insatstrappen normal indgående
belastningsgrad oversigt anvendte vælge fuldt forum leverandør vidensteamet brudt sjældent invitere såsom
evidensbaseret suppleres løsning fordele tilstrækkelige forventede virket varighed effektivering afgørelsen
effektueret sagsgange tidskrævende oftere fornuftigt ventetider tilpasses undtagelser gennemsnit iværksatte
derudover korte kontinuerlig konkretisere delmål smart risikerer miste tilpasse afstemme muliggør reagerer
kendte forstærke definere efterspørges samstemthed defineres pågår aktørerne opspores genkende herpå videns
herningmodellen pals eksplicit systematiske opfange beredskabsplanen anvisninger mistanke seksuelle overgreb
vold opsporende opsporingspraksis dagsinstitutioner aftale sparre kende tilstede skolen lette ekstra brugt
rent paragraffer metodiske metoderne personale orienterer forældrerettede tilknyttede indholdsmæssigt
personer interviewede opbakning ledelsen inviteres kompetencerne hænger beskrivelsen definerede
tilbudsbeskrivelse differentieret vejledning relativ døgninstitutioner sagt sårbart højt belægning måden
bevarer almindelig anbragte plejefamilie forudsætninger traditionelt divergerende elementerne efterspørgslen
fuldstændig betingelser varierende ingen info strandvejen hellerup udviklingscenter introduktion
læsevejledning tjene tede sygdom griber livslang intensivt notatet formuleret udpluk leve foran efteråret
publikation succesfuld sags initiativerne bejde introducere familieområdet dagtilbudsområdet hylden forvejen
referencekommu supplement anbringelse intensive fleksible oven inspirere høstet nødvendigvis hverdagslivet
udgangspunktet behandles bidrag helheds blik blikket naturligvis omfang soci dennes stil socialrådgi
myndigheden vedkommende selvfølgelig snittet nyttigt begreb fremskudte myndighedsrolle mødefora frekvens
kombinationer formes afprøves undersøgelsesteam mødeforum alternative indført kolding gevinsten høstes
centerchefniveau myndig gavnligt vere borg boern nyborg beskrevne versioner born projektleder mune munerne
kategorisere beskrive enheders stedet enkelt gere koordinere skellige givent træffe opsporingsmodeller
udbrede truffet voksenområdet beslutter undersøge eksiste chancen ledelsesopbakning befinder søjler vellykket
kombination uddanne træning stille muner enkle kræve betragte sejt træk administrative afsnit familiedialog
wordpress page guldborgsund nødvendighed løse økonomistyring budget budgetansvar forbyggende leder begyndt
indtænke lederteams aktivitet ledelsesteams samler delområder kontekst kerneopgaven områderne budgetter
indadtil udadtil overholde presser styringsmekanismer leveres leveret allokeres stabilitet kommunikation imod
familiernes koble intentioner overlevering driften fortælle ledt forudsætningerne afdækket tilrettelagt
bevæger forholdsvis udfordret fredericia faget overgangen interessant fremskridt debat desværre mangler
søgende kommende organiseringer momentum enige velfærd sigt dansk stand forandring kapacitetsopbygge niveauer
fremtidens studerende strøm prøve ekstern automatisk formidling praktikere vurderinger organisationer fonden
savner vidensmægler virkelighed hertil videnarkitektur dynamisk vidensaftager indlæg hidtil vidensmæglere
opbygge kompleksitet rigtigt socialminister tallet ting halve administration nytter tænk udsigt system
strategien weekend adragna hørt glad interesserer send mail sverigesmodellens grunde økonomien opdaterer
virkelig altinget lade opgørelse sagstallet stigende børnesager skrives rollevaretagelse hård funktionel
beslutte beslutningerne temaanalyse foregribende mindsæt hjemmepassede hinandens faggrænser juni tankegang
forventet obligatorisk løbe skrue stramme føle tifo
`.split(/\s+/).filter(Boolean);

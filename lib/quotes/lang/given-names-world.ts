/**
 * More given names by gender, from the many countries news names people from: English-speaking, German, Nordic,
 * Dutch, French, Spanish and Portuguese, Italian, Slavic, Baltic, Greek, Turkish, Arabic, Persian, South Asian,
 * African, East Asian and Pacific. A known given name is what tells "Konrad Weiß" (a person) from "Corvex Ridge" (a
 * firm) when the article says neither; a name on both lists ("Dana", "Alex") keeps its gender unknown.
 * Left out on purpose: given names that are also places, titles or everyday capitalised words ("Chad", "Georgia",
 * "Dean", "Earl", "Mercedes", "Rosario", "Wolf", "Thalia").
 */
const words = (s: string): string[] => s.trim().split(/\s+/u);

export const WORLD_FEMALE_NAMES: readonly string[] = words(`
  nadia miriam alison adaeze bernadette marguerite joanna carla rosa imogen rosalind oksana amira lydia catrin alicia
  eeva joanne niamh freya hana oluwaseun oluwatoyin morag maren loretta renee anjali renata leticia elin tamsin isla
  monique ellie sian carme amara ilona rhiannon anneliese yelena teodora giulia kadri eleanor sunita irena wanda
  harriet naomi helena luisa eleri hodan luciana yorgelis marion achol dolores hélène kendra maribel yolanda ayesha lara
  nora henrike hilary hannelore eleni deepa anika annegret sanja ulrike katharina hettie elisabeth valentina marisol
  lorraine anitha saima farah aminata kaja paloma luz fabienne laure salomé jana mira friederike ilka colleen becky
  jenna amrita keisha ellen inês sylvie elaine tasha jody kiran anneke jenny gertrud melanie abena moira gertraud
  sigrid carola amina maya meera lia efua tamika elvira noelia ánxela merle priyanka leni daria máire kirsten
  winnie ruth orla órla aoibhinn ciara sinéad roisín róisín saoirse grainne gráinne deirdre eimear mairead mairéad
  bronwen ffion gwen nerys seren morwenna kirsty shona ailsa catriona eilidh mhairi fenella esme esmé flora poppy
  harriet imelda philippa pippa penelope rosamund tabitha clemency hermione beatrix annabel arabella camilla cressida
  gemma jade kayleigh leanne stacey tracey tracy lindsey lindsay kerry kelly sharon shirley sheila maureen pauline
  wendy yvonne jacqui jackie josephine josie georgina georgie nicola lorna fiona kathy cathy katie kate katy kirsty
  beth bethany abby abbie   courtney brooke hailey haley kaitlyn caitlin cassidy   mackenzie mckenzie
    whitney   misty   latoya latisha lakisha tanisha shanice aaliyah imani keyana jasmine tamara
  tonya sonya sonia tanya latasha ebony monica veronica rhonda wanda darlene charlene arlene marlene eileen colleen
  kathleen noreen doreen maxine bernice gladys mildred edna ethel irene louise jeanette annette nanette lynette
  yvette paulette claudette bridget bridgette erin shannon megan meghan     kristen kirsten kristina
  kristine krista christa carrie cari kari shelley shelly stacy tracie heidi hilda gretchen ingeborg liesel lieselotte
  anneliese hildegard waltraud roswitha rosemarie gudrun edeltraud irmgard brunhilde mechthild ilse inge ingrid erika
  renate sabina silke wiebke frauke imke meike maike heike anke elke dörte doerte britta birte birgit gesine kirsten
  anja antje katja tanja svenja sonja ronja maja finja lina nele jule mia emilia ida thea frieda paula pia clara klara
  charlotte luise louisa lotte marlies marlis marianne regina rita hedwig margarete margot christa gerda herta hertha
  ursel vroni kathrin catrin corinna cornelia daniela manuela michaela gabriela stefanie steffi nicole nadine sandra
  yvonne jacqueline mandy peggy cindy doreen ramona simone verena isabel isabell theresa teresa veronika franziska
  magdalena susanna lisa elena helena johanna annika anika ann-kathrin annkathrin carina karina sarah
  agnès amélie ambre anaïs angélique anouk apolline audrey béatrice bérénice blandine capucine cécile chantal clémence
  colette coralie delphine diane dominique édith éléonore éloïse eloise emmanuelle estelle eugénie évelyne fanny
    géraldine ghislaine hortense inès irène jacqueline jeanne joëlle josiane juliette justine laetitia
  léonie liliane lorène lucie ludivine lydie madeleine maëlle margaux margot marianne marion maryse mathilde mélanie
  micheline mireille muriel nadège noémie océane odile pascale patricia paulette perrine rachida régine rose-marie
  sabine ségolène séverine solange solène suzanne sylviane thérèse véronique virginie yasmina zoé
  adriana alba alejandra alicia amparo ángela ángeles aurora beatriz begoña blanca carmen carolina catalina cristina
  daniela elisa encarnación esperanza estefanía eva fernanda gabriela gloria graciela inmaculada irene itziar
  josefa juana julia laia leire lorena   lucía lucia macarena magdalena maite manuela marta mercè milagros
  montserrat montse nerea nuria núria pilar raquel rocío rocio rosalía sagrario silvia soledad susana teresa valeria
  verónica ximena yolanda zaira camila florencia agustina milagros antonella
  ana joana beatriz inês rita leonor matilde mariana marta francisca conceição fernanda gabriela luana thaís
  alessandra alessia antonella arianna benedetta chiara elisabetta federica francesca gianna ilaria lorenza
  ludovica marcella maria paola rossella serena silvana simona stefania valentina
  agata alina aleksandra anastasia daria dorota ewa galina halina irena iryna jelena jolanta katarína kateryna ksenia
  larisa ljudmila ludmila lyudmila magda małgorzata malgorzata marina milena nadezhda natalia natalya oksana olena
  petra polina snežana svetlana tetiana tetyana valentina vera yulia yuliya zofia zuzana zsófia ágnes erzsébet
  katalin krisztina eszter réka dóra anikó ildikó
  agneta annika birgitta ebba elin freja frida hanna hedda ingeborg karin linnea liv maja malin sigrid siri solveig
  tove ulla ylva tuula päivi riitta sanna kaisa aino anu liisa maarit minna outi pirjo sari tiina
  anouk fenna femke ilse inge lieke lotte maartje marieke mieke noor roos saskia sanne sofie wendela
  aikaterini athina christina despina dimitra eleni   kalliopi maria panagiota sofia vasiliki
  ayşe aysel büşra elif emine esra fatma gülsüm hatice leyla melek merve nur özlem selin sevgi sibel songül zehra zeynep
  aisha asma amal dalia dina fatima ghada hala hanan hiba huda iman jamila khadija lina maha mariam maryam mona
  nadia nour noura rana rania reem salma samira sana yasmin yasmine zainab zahra soraya shirin parisa leila azadeh
  aarti aishwarya ananya anita anjali archana deepika divya gita geeta kavita lakshmi meena neha nisha pooja preeti
  priya radha rekha ritu sangeeta sarita seema shalini shanti shreya sneha sunita swati uma usha vandana vidya
  abimbola adaobi adanna ama amaka ayo bisi chiamaka chidinma chinwe chioma folake funmilayo ifeoma ngozi nkechi
  nneka obiageli titilayo wanjiru wangari njeri akinyi achieng atieno nyambura adjoa akosua afia afua esi yaa
  fatou awa mariama aissatou khady ndeye thandiwe nomvula lindiwe zanele zodwa   tendai rudo chipo
  mei ling li-na xiu yan yun hui ying jing     lan aiko akiko emi haruka keiko kyoko   mariko naoko sakura
  yoko yumi ji-yeon min-ji seo-yeon soo-jin hye-jin   lan nguyet
  aroha mere ana leilani malia mele    
`);

export const WORLD_MALE_NAMES: readonly string[] = words(`
  marcus ray callum graham rafael ross dale derek henrik tomás neil greg kwabena gareth gordon gábor tomas lorenzo
  gavin paolo curtis rick mikel luc kiprotich matteo piet heiko konrad ilir colin hugh nabil aled brendan fazal
  darnell gatwech dragan eli kwame sandeep dominic urs leonard geoffrey konstantin ömer sandro maarten kieran miroslav
  ruairí dirk ted rui farid   hamish reinhold glen jalen ousmane moses arturo mauricio rhodri koen hervé oleh
  abdul hollis lionel colm fergal graeme gregor goran mattias elias lewis kofi phil joel ferdinand anand nnamdi sascha
  nurlan ramón alois dwayne pieter ramon anil abdifatah sanjay   dani julián patricio fabrice bertrand étienne
  réjean lorenz friedemann eduard calum robbie reza marc terrence ron sergio anders adebayo jamal fergus joaquim
  arman ewan dietrich dariusz hannes raj tilman dwight yossi karim rohit chinedu lyle tevita wilmer brais ramiro
  yanis federico nelson denis franck gerd timo taras deshawn hamid wilfred imran euan hamza
  aidan aiden alasdair alastair alistair angus archie barry bernard bradley brett bruce cameron   carl
  cedric clive craig cyril darren dermot desmond donal donnacha dougal duncan eamon eamonn emmet enda eoin ewen
  finbar finlay fraser gerard gerry gethin gideon giles godfrey gwyn hywel iain ifan ieuan iwan jarrod jeremy
  jethro jonty keir kenny lachlan liam lloyd malcolm mervyn   murray neville niall nigel noel oisín padraig
  pádraig paddy rory rupert seamus séamus shane shaun sheldon stuart struan tadhg trevor tristan vaughan wyn
  alfonso alonzo andre andré antoine antwan barack bernie bobby brad brent bret carlton cody cole cornelius corey
  cory curtis   dante darius darnell darryl daryl deandre dennis deon derrick desmond devin   dexter
  dominick donnell donovan duane dustin dwight   eddie elliott emmett ernest ethan everett floyd forrest
  fred freddie garrett gene gilbert glenn gordon grady hank harvey herman howard isaiah ivan jake jamal jared
  jarrett javon jay jeff jerome jimmy jody joey jon jonah kareem keith kelvin kendrick kenneth   kirk kurt lamar
  lance leon leroy lester lonnie lonzo lucas luther malik marcel mario   maurice max melvin micah mitchell
  nate neal ned otis perry   quentin quincy randall reggie reginald rex ricky rodney roland   ron ronnie
  roscoe russell salvatore sammy sidney spencer stanley terrell terrence theo theodore tobias todd travis trey
  tyrone vernon wade wallace warren wendell wesley willis zachary zack
  achim albrecht alfred andré armin arne axel bastian benedikt bernhard björn burkhard carsten christoph clemens
  claus conrad   cornelius dennis detlev dominik eberhard eckhard edgar egon elmar emil erich ernst erwin eugen
  fabian falk frieder gebhard gottfried gregor gustav   hajo hanno harald hartmut hasso heiner heino helge
  henning herwig hinrich ingo jan-peter jens joscha julius justus kaspar knut konstantin lars lennart leopold linus
  lothar lutz malte manuel marius mathias matthäus maximilian meinhard michel mirko nico niklas nikolaus olaf oliver
  ottmar pascal patrick philipp rainer reimund rené robin roland rolf   rüdiger sebastian siegfried sigmar
  steffen sven thilo thomas thorben tim tino torben ulf valentin veit viktor vincent waldemar walther wendelin
  wilfried willi winfried wolfram
  adrien alain alexandre alexis amaury antoine aristide arnaud arthur aurélien baptiste bastien benoît bruno
  cédric christophe clément corentin damien didier dimitri édouard éric fabien félix florent françois frédéric
  gaël gaëtan gaspard gautier geoffroy georges gérald gérard ghislain gilles grégoire grégory guillaume gustave
  henri hubert jacques jean-claude jean-françois jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul
  jean-pierre jean-yves jérémie jérôme joël jonathan josé julien kévin laurent léon loïc lucien ludovic marcel
  mathieu mathis matthieu maxime michel nicolas noël olivier pascal patrice philippe quentin raphaël régis rémi
  rémy renaud richard romain sébastien serge stéphane sylvain théo thibaut thibault thierry timothée tristan
  valentin xavier yann yannick yves
  adolfo agustín alberto alejandro álvaro andrés ángel aníbal anselmo antonio aurelio baltasar bartolomé benito
  bernardo borja camilo cristóbal cristian daniel darío   edgardo efraín eladio elías enrique ernesto
  eugenio evaristo ezequiel fabián fausto fermín fernando francisco gabriel gaspar gerardo germán gilberto
  gonzalo gustavo ignacio iñaki iñigo isidro jacinto jaime jesús joaquín jordi josé juan julio lázaro leandro
  lorenzo lucas manuel marcos mariano martín mateo miguel moisés nicolás octavio óscar oscar pablo pascual
  pedro rafael raúl reinaldo rigoberto rubén   samuel sancho   saúl sergio tomás ulises valentín
  vicente xavier xavi xosé yeray
  afonso duarte gonçalo joão nuno rodrigo tiago  
  alessandro alessio andrea angelo antonio bruno carlo claudio corrado cosimo dario davide domenico emanuele enrico
  enzo ettore fabio fabrizio filippo franco gabriele gianluca gianni giacomo giorgio giuliano giuseppe guido
  leonardo luciano luigi marcello massimo maurizio michele nicola ottavio pietro raffaele riccardo roberto
  salvatore sergio simone stefano tommaso umberto valerio vittorio
  aleksander aleksandr aleksei alexei andrei andriy anatoly arkady artem bogdan borys dmytro evgeny fyodor
  grigory grzegorz igor jakub jaroslav jerzy jiří józef kazimierz konstantin krzysztof leonid   łukasz lukasz
  maksim mateusz mikhail miroslaw mirosław mykola nikolai oleg oleksandr oleksiy pavel pavlo radek radosław  
  rostislav ruslan stanislav stanisław taras tibor vadim valentin valery vasily viktor vitaly vitali vladislav
  volodymyr wojciech yaroslav yevgeny yuri yury zbigniew zdeněk zoltán lászló istván sándor ferenc attila
  andrius jonas tomas mindaugas kęstutis janis jānis andris toomas
  anders bjørn björn erik espen fredrik gunnar håkan jarle johan kjell leif magnus mats morten nils ola  
  rasmus stig torbjørn ulf jukka juha kari matti mikko pekka   timo ville
  bart bram daan dirk-jan geert gert hendrik jeroen joost joris kees maarten niels ruud sander stijn teun wim wouter
  andreas apostolos christos dimitris giorgos konstantinos nikos panagiotis spyros stavros vasilis yiannis
  ahmet ali burak   cem deniz emre erdem hakan kemal mehmet murat mustafa oğuz onur orhan serkan tarık volkan
  abdullah abdelaziz adel ahmad amir anwar ayman bassam fadi faisal fawzi hani hussein ibrahim issa jamal  
  khaled khalid mahmoud majid mansour marwan mohamed mohammad mounir nasser omar osama osman qasim rami saeed  
  salah salim   samir tariq walid waleed yasser youssef ziad ali-reza alireza behrouz dariush javad kaveh
  mahmoud masoud mehdi mohsen reza saeed shahram
  aditya ajay akash amit amitabh anil arvind ashok deepak dinesh ganesh gopal harish jagdish kamal krishna  
  mahesh manish manoj mukesh naveen nitin prakash pranav rajesh rakesh ramesh sachin sanjeev santosh satish
  shankar shyam siddharth sunil suresh vijay vikram vinod vivek yogesh imtiaz javed junaid shahid tahir usman zubair
  abiodun adewale ayodele babatunde chidi chukwuemeka emeka ifeanyi kayode kunle obinna olumide oluwadamilare
  segun tunde uche yemi kwaku kwesi kojo yaw kofi kwasi kamau kiplagat kipchoge mwangi njoroge odhiambo otieno ouma
  wafula mamadou moussa ibrahima abdoulaye cheikh modou thabo sipho themba mandla bongani tendai tatenda
  haile tesfaye abebe dawit yohannes mulugeta
  wei jun hao ming jian qiang     yong tao   hiroshi takeshi kenji haruki kazuo makoto satoshi shinji takashi
  yuki daisuke kenta ryo min-jun seung ji-hoon jae-hyun dong-hyun minh tuan duc hung thanh
  tane wiremu hemi sione tevita viliami
`);

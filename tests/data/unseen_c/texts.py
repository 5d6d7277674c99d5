"""Body texts of the unseen (c) articles, copied from the stored page copies (research search tool,
corpus "pages") and prepared as GUIDELINES section 1 says. build.py writes them to articles/<id>.txt."""

TEXTS = {}

TEXTS["voa_2005_04_15_haiti_cite_soleil_peacekeeper"] = (
    "A U.N. Peacekeeper from the Philippines was killed in Haiti Thursday. The death comes amid the U.N. Security Council visit to the troubled Caribbean nation.\n\n"
    "The U.N. peacekeeper was killed by a gunshot wound while setting up a checkpoint in the slum of Cite Soleil in Port-au-Prince. This is the third peacekeeper killed in two months.\n\n"
    "The death occurred on the second day of the U.N. Security Council's four-day visit to Haiti. The U.N diplomats have come to evaluate the security situation and discuss changing the U.N. mandate, known as MINUSTAH.\n\n"
    "The Head of the Security Council Mission, Mr. Ronaldo Sardenberg of Brazil, condemned what he called \"the murder of the Philippine soldier.\" He said the peacekeeper died in pursuit of peace under the U.N. mandate. He said members of the Security Council condemned the rising violence in Haiti's capital city, and demanded all efforts be made to bring the perpetrators to justice.\n\n"
    "\"They condemn with the utmost vigor both this despicable act committed against a peacekeeper and continued violence against MINUSTAH, representatives of the international community and the people of Haiti. In this regard they express their solidarity with the inhabitants of Cite Soleil who face violence and intimidation by armed groups,\" said Mr. Sardenberg. \"The purpose of MINUSTAH's presence in Cite Soleil is to assist the population to recover stability and social progress.\"\n\n"
    "The U.N. mission to Haiti was authorized by the Security Council following a rebellion that forced former president Jean- Bertrand Aristide into exile in February of 2004. But the U.N. forces have come under criticism for their failure to provide stability in the year following Mr. Aristide's departure.\n\n"
    "Since late September, over 400 people have been killed in a rising tide of violence."
)

TEXTS["voa_2008_03_17_kosovo_mitrovica_courthouse_clashes"] = (
    "Officials say three U.N. police officers and two NATO soldiers were wounded in an explosion in Kosovo as they stormed a courthouse occupied by Serb protesters who oppose the region's breakaway from Serbia. At least 20 demonstrators were also injured. Stefan Bos reports for VOA that the clashes in Kosovo's ethnically divided town of Mitrovica are the worst since Kosovo's declaration of independence last month.\n\n"
    "Local police said United Nations and NATO personnel were injured in an explosion when they recaptured the U.N. court building in the northern town of Mitrovica. It was occupied Friday by Serb protesters opposing Kosovo's independence. The blast was apparently caused by a hand grenade activated during the takeover at the courthouse yard.\n\n"
    "Attempts to recapture the premises began with NATO-led peacekeepers surrounding the building in armored vehicles. Witnesses said U.N. police backed by NATO troops then stormed the court, evicting Serb demonstrators.\n\n"
    "About 500 mainly Ukrainian U.N. police were involved in the dawn raid, backed by hundreds of French troops. Thousands of stone-hurling Serbs were seen near the courthouse clashing with riot police backed up by NATO soldiers, who used tear gas and stun grenades to disperse the crowd.\n\n"
    "Witnesses said rioters attacked several U.N. vehicles, breaking doors and freeing at least 10 of dozens of detainees from the raid. Smoke was seen billowing from at least two transport vehicles of the 16-thousand-member NATO peace force in Kosovo, KFOR. Medical officials claimed more than 100 people were treated for the effects of tear gas.\n\n"
    "The clashes were the worst in Kosovo since its ethnic-Albanian dominated government declared independence from Serbia last month."
)

TEXTS["voa_2008_08_08_georgia_south_ossetia_peacekeepers"] = (
    "Georgian officials are claiming control of the capital of the breakaway region of South Ossetia, where Georgian President Mikhail Saakashvili says Russia is fighting a war against his country.\n"
    "The Georgian leader told CNN television he ordered an all-out offensive to regain control of the breakaway area when Russian tanks entered the region.\n"
    "Georgian Reintegration Minister Temur Iakobashvili told reporters Georgian forces are firmly in control of Tskhinvali, a report separatists denied.\n"
    "In Moscow, Russia's Defense Ministry said its tanks are reinforcing Russian peacekeepers already in South Ossetia. Defense officials reported 10 Russian peacekeepers killed and 30 wounded in the fighting.\n"
    "Georgian officials demanded Russia stop air attacks on Georgian cities -- which Russia denies carrying out. They say Russian planes bombed two Georgian air bases outside Tbilisi.\n"
    "Russian President Dmitri Medvedev pledged to defend Russian citizens in South Ossetia, an area where many residents hold Russian passports.\n"
    "Foreign Minister Sergei Lavrov accused Georgia of a campaign of ethnic cleansing against South Ossetians, many of whom have fled to Russia in recent days.\n"
    "The White House, NATO, the European Union and the Organization for Security and Cooperation in Europe have called for an immediate end to the violence.\n"
    "Georgian authorities say they are taking measures to stop Russian mercenaries from entering the country.\n"
    "The U.N. Security Council failed to reach an agreement on a Russian-drafted statement calling on Georgia and the separatists to stop fighting immediately.\n"
    "South Ossetia declared independence from Georgia in the early 1990s, sparking fighting and the dispatch of Russian peacekeepers to the region.\n"
    "Georgia accuses the peacekeepers of backing the separatists and has vowed to bring South Ossetia back under central government control."
)

TEXTS["voa_2008_10_10_peru_huancavelica_ambush"] = (
    "The Peruvian military says suspected Shining Path guerrillas killed 19 people in an ambush late Thursday.\n\n"
    "The military says 12 soldiers and seven civilians, including a child, were killed in the attack in the southern Huancavelica province.\n\n"
    "It says four military vehicles were attacked as they returned to base in the mountainous region.\n\n"
    "The Shining Path led a brutal insurgency that started in 1980 and left tens of thousands of people dead. Violence declined sharply after the capture and conviction of rebel leader Abimael Guzman in 1992.\n\n"
    "Remnants of the Shining Path continue to carry out small attacks, primarily in remote areas used to produce coca, the raw material in cocaine."
)

TEXTS["voa_2011_02_19_mexico_tamaulipas_reinforcements"] = (
    "Mexico's president says he is sending four more battalions to northern Mexico, where forces are engaged in a bloody battle with drug smugglers.\n\n"
    "President Felipe Calderon said Saturday that the soldiers will be deployed to the state of Tamaulipas, along Mexico's border with the United States. He said he was also going to send new armored vehicles and bullet-proof vests. And he pledged to raise salaries for soldiers and increase pensions for the widows of slain soldiers.\n\n"
    "Mr. Calderon was speaking at a military base in Reynosa, a city in Tamaulipas state, as part of a day celebrating Mexico's armed forces.\n\n"
    "President Calderon launched his offensive against Mexico's powerful cartels soon after taking power in December of 2006. Government officials say since then, at least 34,000 people have been killed in drug-related violence."
)

TEXTS["voa_2014_09_09_ukraine_donetsk_truce_prisoners"] = (
    "A cease-fire seems to have held throughout day-time hours in eastern Ukraine, despite sporadic skirmishes and an overnight shelling of the city of Donetsk.\n\n"
    "Witnesses said Ukrainian positions in the rebel-held city were hit by mortar and rocket fire four times during the night.\n\n"
    "One woman was injured in the fighting, the Donetsk city council told The Associated Press.\n\n"
    "Skirmishes have also been reported near the port city of Mariupol.\n\n"
    "Ukraine's National Security and Defense Council spokesman Andriy Lysenko said five Ukrainian servicemen have been killed and 33 wounded since the cease-fire took effect last Friday.\n\n"
    "Both sides blame the other for violating the truce.\n\n"
    "Pro-Russian separatists have released 648 Ukrainian prisoners-of-war so far under the terms of the cease-fire, Lysenko said on Tuesday.\n\n"
    "He told a daily briefing the Ukrainian side was working to secure the release of about 500 more POWs. He did not comment immediately on how many rebel POWs the government side would hand over under the truce deal.\n\n"
    "Ukrainian President Petro Poroshenko said Monday that the release of about 1,200 POWs had been secured. Lysenko said the president's figure had referred to the total number of POWs and others believed to be held by the separatists.\n\n"
    "Russian President Vladimir Putin said Tuesday that he is committed to peacefully resolving the Ukraine crisis, as the United States said it was finalizing measures to broaden sanctions against Russia for its actions againt Ukraine."
)

TEXTS["voa_2014_10_05_ukraine_donetsk_airport_ceasefire"] = (
    "Ukrainian forces and pro-Russian separatist fighters on Sunday marked one month since the signing of a Kremlin-backed truce with one the most heated battles of the six-month war in Donetsk, in eastern Ukraine.\n\n"
    "Ukraine's military accused Russian-backed separatists of fresh violations of the cease-fire, saying their forces came under attack in several parts of the east including the airport at Donetsk.\n\n"
    "Artillery blasts rocked Donetsk on Sunday morning.\n\n"
    "Ukraine said 75 soldiers and civilians have been killed since the cease-fire took effect September 5.\n\n"
    "On Sunday, military spokesman Volodymyr Polyovy said rebels had launched two more airport attacks \"with support of tanks\" over the past 24 hours, but were repelled.\n\n"
    "Two Ukrainian service staff were killed in the past 24 hours and six others were wounded, Polyovy said in the capital Kyiv, adding: \u201cThe terrorists are violating the terms of the cease-fire.\u201d\n\n"
    "However, both sides have stopped short of declaring the truce null, despite the continuing carnage, which has killed more than 3,500 people in eastern Ukraine, according to U.N. figures.\n\n"
    "Ukrainian President Petro Poroshenko is hoping the cease-fire, cornerstone of a peace plan signed September 5 to end the conflict, will generally hold together for parliamentary elections on Oct. 26.\n\n"
    "Poroshenko called the cease-fire after government troops suffered heavy losses that Kyiv attributed to Russian troops reinforcing the separatists who want to break away from pro-Western Kyiv's rule."
)

TEXTS["voa_2015_02_19_ukraine_mariupol_debaltseve"] = (
    "Hopes for a tattered Ukrainian cease-fire continued to fade Thursday with reports of fresh fighting near the Ukrainian port city of Mariupol.\n\n"
    "Kyiv military spokesman Anatoliy Stelmakh said pro-Russian separatists - fresh from a victory over Ukrainian forces at Debaltseve - began the heavy shelling of the village of Shyrokyne on the outskirts of Mariupol on Wednesday.  The main seaport in eastern Ukraine, Mariupol was the scene of intense fighting last year, before Ukrainian forces took control of the city.\n\n"
    "Ukraine's President Petro Poroshenko condemned the takeover of a key eastern Ukrainian town by pro-Russian rebels as violating an internationally brokered cease-fire during a call with those involved in hammering out the agreement last week.\n\n"
    "Poroshenko said during a phone call with the leaders of Russia, Germany and France on Thursday \"not to pretend that what happened in Debaltseve was in line with the Minsk agreements\" that were reached last week and went into effect Sunday.\n\n"
    "On Wednesday, thousands of weary and demoralized Ukrainian troops were withdrawn from Debaltseve, a strategic rail hub that links the separatist-held areas in Urkaine's Donetsk and Luhansk regions.\n\n"
    "In Paris, French President Francois Hollande said he and German Chancellor Angela Merkel spoke with Poroshenko and Russian President Vladimir Putin in an attempt to enforce the cease-fire and discuss consequences of violations."
)

TEXTS["dvids_2022_07_30_romania_101st_airborne_arrival"] = (
    "The Headquarters, 101st Airborne Division (Air Assault) and 2nd Brigade Combat Team uncased their colors and conducted an Air Assault demonstration on July 30th, 2022, at Mihail Kogalniceanu, Romania.\n\n"
    "The ceremony symbolizes the start of the division's forward deployment in Europe in support of the U.S. Army V Corps' mission to reinforce NATOs eastern flank and reassure partners across the European continent.\n\n"
    "After 80 years, the division returns to the European theater with nearly 2,400 Soldiers to reassure NATO allies and deter our adversaries.\n\n"
    "\u201cThis ceremony and more importantly our deployment to Romania, Bulgaria, Hungary, and Slovakia represents the ironclad commitment of the United States to our NATO Allies\u201d, stated Maj. Gen. JP McGee the Commander of the 101st Abn. Div. (AASLT). \u201cThe return of the 101st Airborne Division to Europe represents something significant for us.\u201d\n\n"
    "In attendance was Nicolae Ciuca, the Prime Minister of Romania.\n\n"
    "\u201cAfter 25 years since the U.S. - Romania strategic partnership was signed, President Biden reiterated in Madrid the U.S. strong commitment towards the Black Sea security region,\u201d stated Ciuca. \u201cThe 101st Airborne Division (Air Assault), a famous and elite U.S. military unit has the mission to reinforce NATOs eastern flank.\u201d\n\n"
    "After uncasing the colors, Soldiers from 2nd BCT, 2nd and 3rd Battalion 227th Aviation Regiment and NATO partners demonstrated the capabilities of a combined arms air assault operation."
)

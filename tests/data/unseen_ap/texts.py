# -*- coding: utf-8 -*-
"""Body texts of set (ap). Wikinews articles (CC BY 2.5; credit: Wikinews, https://en.wikinews.org), taken from the
shared corpus /work/shared/corpora/wikinews_mixed.jsonl.gz (toscaData conversion of the Wikinews dump, see its SOURCE.md), and
one U.S. Central Command press release (US federal government work, public domain) copied from the stored copy of the page
(research search tool, corpus 'pages'). Conversion residue of the corpus was removed: leading template labels ('Sri Lanka
news', 'Canadian news', 'ETA infobox', 'South Thailand insurgency infobox', '2006 Israel-Lebanon conflict', '<!---->', '<noinclude>', an image caption
line), wiki italics quotes (''), split link suffixes ('Iraq i' -> 'Iraqi', 'Syria n' -> 'Syrian', 'Pakistan i' -> 'Pakistani'),
doubled spaces and spaces before punctuation left by removed links; section headings ('==Lebanon==') became lines of
their own; external links '[http://... label]' were reduced to their label and bare citation links '[http://...]' were
removed; paragraph breaks were restored where the corpus
had run-together paragraphs (two or more spaces after a sentence end). Wording, spelling and punctuation otherwise kept
(source errors such as 'contries', 'soliders', 'remaing', 'transplated', 'where found', '4,000 thousand' are kept; the
lost link label 'NDP' at the start of the Canada text is not restored). Texts were written into this file by a script
from the cleaned corpus records and checked by eye."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# Wikinews 2004-12-04: https://en.wikinews.org/wiki/Twin_bombings_hit_Baghdad's_Green_Zone (corpus record wn-politics-1425)
TEXTS['wn_2004_12_04_iraq_green_zone_car_bombs'] = P(
    'Two car bombs were detonated outside an Iraqi police station near the Green Zone here Saturday, killing 16 and wounding dozens.',
    'The attacks occurred near the Checkpoint 2 entrance at 9:30 a.m. Immediately after the blasts, a small arms attack was launched by rebels on Checkpoint 1.',
    'Entrances into the Green Zone, frequented by foreigners and journalists, were immediately sealed.',
    'Among the four killed were police officers, and between 35 and 60 were reportedly wounded.',
)

# Wikinews 2005-09-27: https://en.wikinews.org/wiki/Blair_denies_Iraq_pullout (corpus record wn-politics-22918)
TEXTS['wn_2005_09_27_iraq_uk_troops_8500'] = P(
    'Despite reports to the contrary, British Prime Minister Tony Blair does not intend to pull troops out of Iraq, Chinese Newspaper Xinhua reported. Despite a strong anti-war sentiment that has been growing in Iraq, particularly since British troops in Basra were attacked by protestors on the 19th. Responding allegations that the Iraqi people do not want western influence on the future of their nation, Blair said "eight and a half million Iraqis showed which future they wanted when they came out and voted in January\'s elections." Britain has approximately 8500 Troops in Iraq, making them the second largest military force present in Iraq.',
    'Blair also did not respond to questions as to when he would leave office, this issue of significant concern granted the Prime Minister\'s falling popularity since the War in Iraq began. Despite a recently conducted poll, 57% of Britons believe that the British Military should pull out of Iraq, as well as Blair\'s acknowledgement that "several thousand run the terrorist insurgency around Baghdad. And yes, as a result of the fighting, innocent people tragically die.", Blair believes that the Britons and Iraqi were in favour of the occupation. Although his term will continue until 2010, the Labour party is divided over whether or not he should step down sooner.',
)

# Wikinews 2005-11-08: https://en.wikinews.org/wiki/Family_of_killed_Palestinian_boy_donates_organs_to_Israeli_patients (corpus record wn-politics-25639)
TEXTS['wn_2005_11_08_west_bank_jenin_boy_killed'] = P(
    'The organs of a 12 year-old Palestinian boy killed by Israeli soldiers have been transplanted to Israeli patients, helping to save their lives.',
    'Ahmed al-Khatib was shot during clashes in Jenin last week when soldiers mistook his toy gun for a real one. He later died in a hospital. The Israeli Defense Forces regretted the incident.',
    'Ahmed\'s kidneys, liver, lungs and heart were transplated to a total of six patients, including Israeli Arabs, Jews, and Druze. One of the recipients was 12 year-old Samah Gadban, who had been waiting for a new heart for five years. Her father thanked Ahmed\'s family "from the depths of my heart" and called the donation a "gesture of love".',
    'Ahmed\'s father, Ismail al-Khatib, said the family made the decision to donate his son\'s organs "for the sake of the world’s children and the children of this country". He added that saving lives was more important than religion and thinks that his son "has entered the heart of every Israeli". al-Khatib stressed he has received nothing but praise from fellow residents in Jenin.',
    'The Speaker of the Knesset, Reuven Rivlin, praised the action saying that this "remarkable gesture [...] despite the war and conflict without solution for nearly 100 years, must be noted".',
)

# Wikinews 2005-12-13: https://en.wikinews.org/wiki/Mass_graves_found_in_Lebanon (corpus record wn-politics-27358)
TEXTS['wn_2005_12_13_lebanon_anjar_mass_graves'] = P(
    'Two mass graves discovered in Lebanon near a former Syrian intelligence center in Anjar have reopened the investigations for persons missing from the Lebanese civil war (1975 – 1990).',
    'Lebanese officials have announced DNA samples of the remains found will be tested.',
    'Troops unearthed at least 30 bodies buried in the 1980s and 1990s.',
    'Syrian troops withdrew from Lebanon last spring, ending a 30-year occupation. Prior to his assassination, Gebran Tueni commented that "the Syrian regime has been exposed with the discovery of the mass graves."',
    'Amnesty International has been critical of the exhumation, calling for UN standards of investigation.',
)

# Wikinews 2006-01-28: https://en.wikinews.org/wiki/Documents_allege_U.S._Army_kidnapped_wives_of_enemy_fighters (corpus record wn-politics-32125)
TEXTS['wn_2006_01_28_iraq_detained_wives_freed'] = P(
    'United States military documents indicate that the U.S. Army has taken and incarcerated wives of suspected enemy fighters for "leveraging" purposes against their husbands; but Lt. Col. Barry Johnson, a U.S. command spokesman, said only Iraqi women who pose an "imperative threat" are being held.',
    'A U.S. intelligence officer claimed that, in one instance, the young mother of a nursing baby was locked up and in another case, one American colonel suggested to another colonel that they lure the husband of a kidnapped wife by putting a note on the family\'s door telling him "to come get his wife."',
    'Female detentions by coalition forces have become more of an issue since kidnappers seized American journalist Jill Carroll and demanded that all Iraqi women detainees be freed.',
    'Thursday the U.S. military did free five women. All of the released women had been accused of "aiding terrorists or planting explosives," but an Iraqi government commission found there was insufficient evidence to continue holding them.',
    'Hind al-Salehi, an Iraqi human rights activist, claims that U.S. units sometimes detained wives to pressure men into turning themselves in.',
    'Busho Ibrahim Ali, Iraq\'s deputy justice minister, denied Ali\'s claims and said hostage-holding was a tactic used under the regime of Saddam Hussein and that "we are not Saddam."',
    'However, newly released Pentagon documents said; "During the pre-operation brief it was recommended by TF personnel that if the wife were present, she be detained and held in order to leverage the primary target\'s surrender," wrote a 14-year veteran intelligence officer. The intelligence officer said he objected, but that when they raided the house a senior sergeant, who was the team leader, seized her anyway.',
    '"The 28-year-old woman had three young children at the house, one being as young as six months and still nursing," the intelligence officer wrote.',
    'In the released documents most names and signatures are blacked out.',
    'In a second e-mail, a staff officer asked another officer, "What are you guys doing to try to get the husband — have you tacked a note on the door and challenged him to come get his wife?"',
    'The deputy commander of the brigade advised his higher command two days later, "As each day goes by, I get more input that these gals have some info and/or will result in getting the husband. These ladies fought back extremely hard during the original detention. They have shown indications of deceit and misinformation."',
    'The reply was, "CG wants the husband."(CG meaning commanding general).',
    'Johnson said this indicated justification for the detention of the woman, "It is clear the unit believed the females detained had substantial knowledge of insurgent activity and warranted being held."',
)

# Wikinews 2006-04-21: https://en.wikinews.org/wiki/Pakistan_says_senior_al-Qaeda_official_killed_in_shootout (corpus record wn-politics-38992)
TEXTS['wn_2006_04_21_pakistan_khar_al_suri_shootout'] = P(
    'A Saudi Arabian man named Abu Marwan al-Suri, 38, suspected of being a senior al-Qaeda "bag man", was killed in a shootout on Thursday, according to the Pakistan army spokesman Major-General Shaukat Sultan. It is believed he has been killed at a checkpoint in Khar, a town in the tribal district of Bajaur, Pakistan, when he opened fire on security officials from inside a car. According to Sultan, al-Suri opened fire when asked to stop his car. Al-Suri wounded two people and killed one Pakistani security official.',
    '"His death is quite a significant blow to al-Qaeda," said officials.',
    'Al-Suri is believed to be one of several senior al-Qaeda officials targeted in a United States lead airstrike in January in the Damadola village of Bajaur, Pakistan against Ayman al-Zawahiri, which killed at least 18 civilians and several militants. Zawahiri was not killed in the strike. Suri was also believed to be giving money to the families of Iraqi militant leader Abu Musab al-Zarqawi as well as other militants in Afghanistan and Pakistan. Al-Suri is also believed to have been a close associate of Zawahiri.',
    '"He was giving them money every three months," said officials.',
    'Pakistani officials say they have his body and that it will be examined to determine its true identity at a hospital in the city of Peshawar.',
    'Officials also say a notebook with instructions in Arabic on making bombs and explosive devices was found with al-Suri. The notebook also contained diagrams and drawings of circuits.',
)

# Wikinews 2006-04-29: https://en.wikinews.org/wiki/Mujahideen_Shura_Council_claims_responsibility_for_various_attacks_in_Iraq (corpus record wn-politics-39582)
TEXTS['wn_2006_04_29_iraq_msc_claimed_attacks'] = P(
    'The Mujahideen Shura Council, in seven communiqués issued amongst nearly two dozen between today, April 28, 2006 and yesterday, claims responsibility for a suicide bombing in al-Basra targeting British forces, several bombings and sniper attacks targeting American and Iraqi forces, and the attempted murder of the Iraqi Minister of Interior.',
    '1. On Friday, April 21, 2006, a suicide bomber detonated himself on a gathering of British forces in al-Basra, allegedly destroying three vehicles and killing their occupants.',
    '2. The second message states that the judge of appeals of al-Najaf court was assassinated Tuesday, April 25, and his weapon and car were confiscated.',
    '3. An improvised explosive device (IED) was detonated on the motorcade of the Iraqi Minister of Interior in an attempted assassination in Baghdad. In this third message, the group states: “We ask Allah to help us to get his head the next time”.',
    '4. On Wednesday, April 26 an IED was detonated on a “Crusader” armored vehicle in al-Mosul, destroying it and killing its occupants.',
    '5. The fifth communiqué indicates that a rocket was fired at an American Humvee in al-Ameriya on April 24.',
    '6. A “cross soldier” was purported to have been sniped in al-Ameriya on April 24.',
    '7. The seventh communiqué states that two American soldiers were sniped in al-Ameriya on Saturday, April 22.',
)

# Wikinews 2006-07-02: https://en.wikinews.org/wiki/African_Union_summit:_Sudan_says_no_to_UN_troops (corpus record wn-politics-44381)
TEXTS['wn_2006_07_02_sudan_darfur_au_force_banjul'] = P(
    'The Sudanese President Omar Hassan al-Bashir has rejected an UN offer of up to 17,000 troops to stem the continuing crisis within the country.',
    'Bashir met with the UN Secretary-General Kofi Annan on Sunday at the 7th African Union Summit being held in the Gambian capital Banjul. In a speech to delegates from across the continent, Mr. Annan, who was born in Ghana, labeled the Darfur crisis as "one of the worst nightmares in recent history". But Mr. Bashir said he was concerned that a UN mandate would be seen as a "western invasion" that would attract militants and create a situation similar to Iraq.',
    'Kofi Annan said that he hoped dialogue would continue on the issue. The current African Union (AU) force of 7,000 has struggled to maintain order in a country with over 2.5 million displaced citizens. There have also been accusations of rape by AU soldiers inside camps.',
    'In his speech, Mr Annan praised the progress in development across the continent since 1997 saying,"Despite elections, many Governments continue to suppress opposition parties and a free press. Many continue to exclude certain groups from participation in public life. Many continue to practise or tolerate large scale corruption," in his last address to the AU.',
    "Also in attendance at the summit was Hissene Habre, Chad's leader until 1990. He will face trial in Senegal, according to an announcement made Sunday by the Senegalese president Abdoulaye Wade.",
    'Habre is accused of human rights abuses during his reign, including 200,000 counts of torture. There has been much wrangling as to who should try the former leader. Belgium initially stepped in to hold the trial, but Mr. Wade agreed with the AU that "Africans must be judged in Africa."',
    'Former president Habre ruled Chad for eight years before being removed after an uprising by current president Idriss Deby.',
)

# Wikinews 2006-07-15: https://en.wikinews.org/wiki/Hezbollah-Israel_conflict_continues (corpus record wn-politics-45247)
TEXTS['wn_2006_07_15_lebanon_israel_war_day_four'] = P(
    'As the conflict in the Middle East goes into its fourth day, Israel launched more air strikes against targets in Lebanon. Israel has also reportedly served Syria with a 72 hour ultimatum to stop the Hezbollah attacks on northern Israel and secure the release of two captured Israeli soldiers.',
    'Israel said Saturday that Hezbollah fired two radar-guided, at an Israeli warship on Friday. Israel earlier said that the ship was hit by an explosives-laden drone. The ship, INS Hanit, was in Lebanese waters near Beirut Friday when it was hit. The first rocket was said to miss and the second hit the helicopter deck. Four Israeli sailors were reported missing, two later confirmed dead, as the ship caught fire. The ship has since been towed back to an Israeli sea port.',
    'The Israeli military said that up to 100 elite Iranian Revolutionary Guards had assisted Hezbollah in providing and helping firing C-802 missiles. This was denied by Iran and Hezbollah. Iran called it an attempt "to escape reality with the aim of covering up (Israel\'s) inability to confront the Lebanese nation and resistance".',
    'An Israeli missile incinerated the people inside a van near the southern port of Tyre, killing eight children and nine adults and also wounding six others. Police said the vehicle the Israelis destroyed was carrying refugees fleeing the village of Marwaheen after Israel told them to flee via a loudspeaker announcement. Some Lebanese civilians sought shelter at a Ghanaian UN position, but were turned away and went back to the village; they were attacked as they fled for the second time.',
    'Early on Saturday, more C-802 missiles were fired toward Israeli warships. According to the Israeli military, the missiles missed their intended target but hit and sank an Egyptian merchant ship.',
    'Israel has given Syria a 72 hour ultimatum to stop Hezbollah\'s activity, according to London-based Arabic language newspaper Al-Hayat and a senior source in the United States Pentagon or else Israel "would launch an offensive with disastrous consequences.". The ultimatum also included the release of kidnapped IDF troops. Israel stated that if such a situation did not come about, they may attack targets within Syria.',
    'Lebanese PM Fouad Siniora declared Lebanon a "disaster zone" Saturday and called upon the international community for a cease-fire and help to stop the Israeli "war machine". He added; "These are hours for unity, not for division".',
    'Russian PM Vladimir Putin commented early Saturday that he suspected Israel had more on its agenda than rescuing kidnapped soldiers. Putin said at a G-8 press conference in St Petersburg that "it is our impression that aside from seeking to return the abducted soldiers, Israel is pursuing wider goals", without elaborating his statement.',
    'Lebanon',
    'At least 35 Lebanese were killed in Israeli air strikes, including civilians. According to witnesses, Israeli planes fired four rockets at the Masnaa crossing point, on the Beirut-Damascus road near the Lebanon-Syria border.',
    'A building in Beirut where Hezbollah has its main office was hit again Saturday by Israeli warplanes. The Palestinian Hamas organization headquarters in Beirut was also targeted. No casualties were reported.',
    "Israel's campaign against Hezbollah in Lebanon has so far resulted in the deaths of 96 people, most civilians, and at least 229 have been wounded.",
    'The ports in Beirut and Tripoli were hit by Israeli warplanes on Saturday. Radar installations, a lighthouse and grain silos were hit in the raid on Beirut. The coastal cities of Batroun and Juineh were also hit. Two Lebanese soldiers were killed and three wounded in the attacks.',
    "Israeli actions such as blockading Lebanese ports and targeting Beirut's Rafiq Hariri International Airport have also resulted in losses for the latter country's economy. The Israeli army said that it had struck about 150 targets so far, less than 12 of which (according to Reuters) were directly connected with Hezbollah.",
    'Israel',
    'Areas in northern Israel have been under heavy shelling the entire night. Hezbollah fired 12 new Fajr-5 rockets, which hit the towns of Tiberias and Carmiel. Twelve people were wounded in Tiberias and over 60 in northern Israel, with heavy damage to property and houses.',
    "The list of civilian locations that have been hit by Hezbollah so far include the city of Haifa, Naharia, Tiberias, Karmiel, Rosh Pina, Safed, Kiryat Shmona, and smaller towns including Ma'alot, Meron, Kabri, Shavi Zion, Horfish, Elkosh, Zuriel, Oshrot, and others. So far, a dozen Israeli soldiers and four civilians were killed, and many dozens wounded.",
    'Israel says it has deployed missile batteries, (which are meant to counter ballistic and cruise missle attacks, rather than small rockets fired by the Hezbollah) but did not state a reason.',
    'Gaza',
    'Israel is continuing its offensive in the Gaza strip against Hamas after a soldier named Gilad Shalit was kidnapped in a raid, June 2006.',
    'Despite the Israeli offensive, Palestinians fired more Kassam rockets from the Gaza Strip into Israel, landing mainly in the town Shderot.',
    'Background',
    'This is the fourth day of violence after July 11 when Hezbollah attacked Israeli army patrols and captured two Israeli soldiers in a mission Hezbollah called "Truthful Promise". Israel later confirmed the soldiers were kidnapped and then began a mission it called "Operation Just Reward". On July 12 Israel set up a blockade of Lebanon and attacked the landing strips at Beirut International Airport as well as a fuel tank and other areas in Lebanon, while Hezbollah fired rockets into northern Israel. The scenes repeated themselves the coming days.',
    'On July 15 Israel commenced air strikes on targets in central Beirut, the Lebanese capital, in an attempt to damage the infrastructure used by Hezbollah.',
)

# Wikinews 2006-08-06: https://en.wikinews.org/wiki/British_soldier_killed_in_southern_Afghanistan (corpus record wn-politics-46694)
TEXTS['wn_2006_08_06_afghanistan_helmand_british_soldier'] = P(
    'The Ministry of Defence has confirmed that a British soldier has been killed in southern Afghanistan during a joint operation with Canadian-led NATO troops. "It is with regret that we can confirm that a member of the UK Armed Forces has been killed in action this afternoon during ongoing operations against insurgent positions in Helmand Province, Southern Afghanistan," said an MOD statement.',
    'According to a spokesman for the International Security Assistance Force, a NATO peacekeeping organisation, troops came under fire after a successful operation.',
    'The soldier’s details have not been released as next of kin have not yet been told.',
    'In the past two months, ten British soldiers have been killed in Afghanistan.',
    'The Sunday Telegraph today quoted commandos as saying British troops in Afghanistan are on "the brink of exhaustion".',
)

# Wikinews 2006-08-08: https://en.wikinews.org/wiki/Colombia's_Uribe_sworn_in_to_second_term_as_president (corpus record wn-politics-46838)
TEXTS['wn_2006_08_08_colombia_uribe_inauguration'] = P(
    'President Alvaro Uribe was sworn into his second term of office in the Colombian capital of Bogota, Monday, pledging to improve the economy and make peace with rebels.',
    'Security was tight in order to prevent a repetition of the attack on his first inauguration in 2002 when FARC rebels fired mortars at the presidential palace killing 20.',
    'Police reported deactivating a car bomb outside of the capital on Monday.',
    'In his inaugural speech, Uribe pledged "Fear will not stop us negotiating. I confess my concern is something else - the risk of failing to get peace and slipping back in security."',
    'The event was attended by 11 heads of state, mostly from South America.',
    'Uribe, 54, a free-market conservative from the land-owning class, is seen as one of the few remaing allies of US President George W. Bush on a continent that has seen a swing to the left with the election in recent years of leftists in Brazil and Argentina, Venezuela, Bolivia, Ecuador and Chile.',
    'He was re-elected with 62% of the vote in May. He changed the constitution to allow himself to serve two consecutive terms.',
    'His first term saw a drop in the number of murders and kidnappings, offensives against the Marxist FARC rebels and an amnesty for right wing paramilitary fighters but there is a widespread feeling that Uribe has failed to militarily defeat the rebels and there is a public mood favouring negotiation. Tens of thousands of civilians have been killed in the four decades-long conflict between rebels, the army, and right wing paramilitaries.',
    "Uribe will also face increasing demands for improved security and more social investment. Half of the country's population lives below the poverty line making less than three dollars a day despite an economic boom and 13 million Colombians have no pension.",
    '"We are against a fiscally tight macro-economic policy that leaves economic growth to the luck of supply and demand. The state must be devoted in equal parts to growth and equality," he said in his speech.',
)

# Wikinews 2006-09-02: https://en.wikinews.org/wiki/New_Democrat_MP_disagrees_with_Layton's_call_to_withdraw_from_Afghanistan (corpus record wn-politics-49137)
TEXTS['wn_2006_09_02_afghanistan_canada_2000_troops'] = P(
    "leader Jack Layton's call to withdraw the 2,000 Canadian troops stationed in Afghanistan by February 2007 has not been universally greeted by his caucus.",
    'NDP Peter Stoffer of Nova Scotia said his views were more in line with those expressed by defence critic Ujjal Dosanjh who supports keeping troops in Afghanistan but altering their mission. Stoffer represents a riding that includes a large military base.',
    '"To be honest with you, Mr. Dosanjh got it right the other day when he said just to extend the mission for two years without a proper debate and a plan is wrong, but to do an immediate pullout, or a very quick pullout, is also wrong, Stoffer said to the Globe and Mail adding "without a comprehensive plan, what are you pulling out for? What are you leaving behind?"',
    'Layton said on Thursday that Canada must withdraw its troops as there is no "comprehensive strategy to achieve peace", no clear goals and no exit strategy. He has also called for negotiations with the Taliban.',
    'In another interview, Stoffer said, "I think just to ask for a pullout right now may be a bit early."',
    '"You just can\'t say, \'Well, we\'re going to stay in Afghanistan for two more years\' without a plan. And I don\'t think you can say, \'We\'ll pull out right away or in February\' without a plan. I think both elements of that discussion should be more comprehensive in their approach," he added.',
    'In May, MPs voted narrowly 149 to 145 to extend the mission in Afghanistan by two years. At the time Stoffer voted against extending the mission. 28 Canadian soliders and one diplomat have died since the mission began four years ago.',
    'The disagreement within the NDP caucus comes as the party prepares for its policy convention in Quebec City later this week.',
)

# Wikinews 2006-10-14: https://en.wikinews.org/wiki/Thai_Muslim_separatists_kill_&_behead_man_in_presence_of_blindfolded_daughter (corpus record wn-politics-52598)
TEXTS['wn_2006_10_14_thailand_south_beheading'] = P(
    'Patani Muslim separatists in Thailand have brutally killed & beheaded another man in southern Thailand.',
    'Thai police colonel Thawan Nakarawong said the insurgents entered the shrimp farm where the 45-year-old Burmese man worked and shot him after blindfolding his daughter.',
    'Following his murder his head was severed from his body and deposited some 20km away.',
    'Colonel Thawan commented to the Bangkok Post that the severed head was booby-trapped.',
    'The separatists are believed to be affiliated with the Pattani United Liberation Organization (PULO).',
    'This is the 20th known instance of suspected PULO insurgents beheading a victim, the last was a 41-year-old rubber worker.',
    'However, the recent incident has been described as the most gruesome murder since the military coup.',
)

# Wikinews 2006-10-18: https://en.wikinews.org/wiki/Suicide_bombing_kills_16_in_tourist_city_in_Sri_Lanka (corpus record wn-politics-52885)
TEXTS['wn_2006_10_18_sri_lanka_galle_naval_base'] = P(
    'Just days following the suicide attack of unarmed Sri Lankan naval officers in Habarana, another was launched in the early hours of the morning in the southern port city of Galle. Official reports stipulate that terrorists, under the guise of fishermen in 5 boats entered the harbor and detonated after ramming into gunboats anchored at the naval base. Initial reports confirm that at least 16 people were killed and scores of others were injured in the blast.',
    'The government has accused the Liberation Tigers of Tamil Eelam, LTTE, a militant separatist group, banned as a terrorist organisation in countries such as United States, England, India and Australia of conducting both attacks. Though the organization has not claimed responsibility for either, they are also yet to claim responsibility in a string of such attacks, including the assassination of the Indian Prime Minister, Rajiv Gandhi, allegedly as retribution for "war-crimes" committed by the Indian Peace Keeping Force in Sri Lanka.',
    "Analysts believe that the attack on the port city of Galle, a UNESCO heritage site and the heart of Sri Lanka's tourist industry was aimed at sparking a government response in the lead up to talks between the government and the LTTE, as well serving an economic blow in the lead up to peak tourist season on the island.",
    "The presence of envoys from the U.S., Japan and Norway are expected for this week's scheduled government talks with the LTTE.",
)

# Wikinews 2006-11-06: https://en.wikinews.org/wiki/Palestinian_teenager_killed_in_Israeli_airstrike (corpus record wn-politics-54100)
TEXTS['wn_2006_11_06_gaza_beit_lahiya_airstrike'] = P(
    'A Palestinian teenager was killed and seven others, including six children, injured in an Israeli airstrike near a school in the town of Beit Lahiya, according to Dr. Muawiya Hassanin, a local emergency services official.',
    'Israeli military officials said that the strike targeted militants who were retrieving a device used to fire missiles.',
    "Israel's incursions into northern Gaza, which are aimed at curbing rocket attacks by Palestinian militants, have killed over 50 people over the last six days.",
    'Friday saw 17 killings, including the gunning down of two women outside a mosque in Beit Hanoun. At least seven people, including a 12-year-old girl were killed by Israeli action on Saturday, and three others yesterday.',
    'The Israeli Prime Minister Ehud Olmert denied that his country was planning to re-occupy Gaza, and said that the offensive is aimed at stopping rockets from being fired into Israel by Hamas militants.',
    'Palestinian Authority President Mahmoud Abbas has termed the incidents "massacres" and has called for the UN Security Council to discuss the issue.',
    'Israeli troops have regularly made incursions into Gaza following the capture of Gilad Shalit in June this year.',
)

# Wikinews 2007-02-02: https://en.wikinews.org/wiki/Insurgents_shoot_down_U.S._helicopter_near_Baghdad (corpus record wn-politics-59785)
TEXTS['wn_2007_02_02_iraq_taji_apache_shot_down'] = P(
    'A United States Apache military helicopter has been shot down in Baghdad, Iraq says a military spokesman.',
    'Reports say that the chopper went down near the U.S. air base, Taji, located just north of downtown Baghdad.',
    '"I can confirm that we are looking into reports that a helicopter went down north of Baghdad," said Lt. Col. Josslyn Aberle, a spokeswoman for the U.S. military.',
    'At least 2 soldiers were on board the aircraft, but their condition is not known.',
    'Witnesses near the scene and police say that at least 2 Apaches were flying together when insurgents began to shoot at the choppers, shooting one of them down and hitting the other, but the helicopter still managed to fly away. The helicopters were believed to have been escorting a U.S. military convoy on the ground when shots were fired.',
    '"I saw smoke coming out of the tail. The chopper was swinging around before it hit the ground one kilometer away from me and I heard a big explosion," said local farmer, Hashim Assafi who also said that he had to find shelter as shots were fired in the direction of the helicopters.',
    'In a statement posted on an Al-Qaeda in Iraq website, insurgents claim responsibility for shooting down the helicopter.',
    '"We say to the enemies of God that the sky of the Islamic state of Iraq is forbidden just like its land," said the statement.',
    'This is the fourth helicopter operated by the U.S. military to crash or be shot down in two weeks.',
)

# Wikinews 2007-02-22: https://en.wikinews.org/wiki/Pakistani_minister_assassinated_for_not_wearing_veil (corpus record wn-politics-60992)
TEXTS['wn_2007_02_22_pakistan_minister_shot'] = P(
    'A Pakistani minister and woman’s activist was shot and killed last Tuesday because she refused to wear the veil.',
    'Zilla Huma Usman, the minister for social welfare in province and an ally of President Pervez Musharraf, was killed as she was about to deliver a speech to dozens of party activists. Her assassin, Muhammad Sarwar, believed that she was dressed inappropriately and that women should not be involved in politics, officials said.',
    '“I have no regrets. I killed her out of the conviction that she was leading an un-Islamic life and spreading an evil influence on other women,” Muhammad Sarwar told his interrogators, according to a police source.',
    'Usman, 35, was wearing the shalwar kameez worn by many professional women in Pakistan, but did not cover her head.',
)

# Wikinews 2007-06-17: https://en.wikinews.org/wiki/Two_Katyusha_rockets_fired_into_northern_Israel (corpus record wn-politics-71971)
TEXTS['wn_2007_06_17_israel_kiryat_shmona_katyushas'] = P(
    'Reports say that at least two Katyusha Rockets fired from Taibeh Lebanon, have landed inside northern Israel in the town of Kiryat Shmona. There were no injuries or deaths reported, but a car was damaged.',
    '"Two Katyusha rockets landed in Kiryat Shmona, and caused damage to a vehicle and roads. There were no injuries. Bomb disposal experts are examining the damage caused," said a spokesman for the local police department.',
    'Almost a year ago, Hezbollah militants fired nearly 4,000 thousand rockets into Israel for almost a month, but police and the Lebanese Armed Forces (LAF) do not believe Hezbollah is responsible for this attack, instead it is reported that Palestinian militants are responsible.',
    'Kiryat Shmona and other towns and cities in northern Israel have been placed on high alert.',
)

# Wikinews 2007-08-22: https://en.wikinews.org/wiki/14_US_soldiers_dead_after_helicopter_crash_in_Iraq (corpus record wn-politics-77394)
TEXTS['wn_2007_08_22_iraq_black_hawk_crash_14'] = P(
    'At least 14 United States troops, four crew and ten passengers, were killed in Iraq when their UH-60 Black Hawk helicopter crashed, for unknown reasons. The U.S. military in Iraq are blaming mechanical failure for the crash. One other helicopter was flying with the downed one on a mission the military calls Task Force Lightning.',
    '"There were no indications of hostile fire. Two UH-60 Black Hawk helicopters were on a night operation when one of the aircraft crashed. That helicopter had been carrying four crew members and 10 passengers," said the U.S. military in a statement to the press.',
    'The military says that this is the worst crash of its kind in Iraq since 2005 when 31 U.S. marines were killed after their chopper crashed.',
)

# Wikinews 2008-03-22: https://en.wikinews.org/wiki/ETA_set_off_car_bomb_in_La_Rioja,_Spain (corpus record wn-politics-102672)
TEXTS['wn_2008_03_22_spain_calahorra_eta_car_bomb'] = P(
    '40 families have been evacuated from their homes in the Guardia Civil barracks in Calahorra, La Rioja, today after a car bomb exploded, because of the damage done to the building. There were only some slight cuts and bruises caused by the blast which happened around 2pm. Among the injured is a Civil Guard who suffered a neck injury when he threw himself to the ground. National Radio says that eight people were treated in the local hospital, and all had been allowed home after treatment.',
    'The device was placed by the Basque terrorist group ETA. A warning was given in the form of a phone call to the DYA road assistance association in Vizcaya in the name of ETA half an hour before it went off. The bomb was placed in a blue Honda Civic which was blown across the street by the force of the explosion. The owners of the vehicle where found later this afternoon, tied up in a building in a mountainous region some 100kms away. They have told the police that their car was taken from at gunpoint during the morning.',
    'The place where the bomb exploded is a busy one, not least because one of Spain’s famous Holy Week processions had only just finished. The same barracks suffered another ETA attack, again without victims, back in 1983. The Civil Guard feared that a second device may have been placed in the same area today.',
    'A demonstration against the outrage has been called for outside the Calahorra Town Hall at 8pm tonight. The President of the La Rioja regional government, Pedro Sanz, will visit the scene and take part in the demonstration. He said that a massacre could have taken place had the area not been cleared.',
    'Today’s attack comes just two weeks after the last ETA victim, the ex Socialist councillor, Isaías Carrasco, was shot out his home in Mondragón.',
)

# Wikinews 2008-10-05: https://en.wikinews.org/wiki/Soldier_dies_as_military_helicopters_collide_in_Iraq (corpus record wn-politics-114511)
TEXTS['wn_2008_10_05_iraq_baghdad_helicopter_collision'] = P(
    'An Iraqi soldier has died after two United States UH-60 Black Hawk helicopters collided and crashed while they attempted to land at an air base in Baghdad.',
    'Two more Iraqis and two US soldiers were wounded. No civilians were injured as the crash occurred over the air base itself, not the densely populated suburb the aircraft had been flying over before.',
    'The crash occurred at 9 p.m. in Azamiyah and is being treated as an accident. An investigation is underway.',
    "There is some dispute over the official version of events. A freelance cameraman who works for the BBC and Reuters said he heard an unusual noise from a single helicopter's engine and describes it crashing with flames and smoke pouring from the engine, and local police say a helicopter was downed by enemy fire.",
    'There are also reports of gunfire after the crash. The US military has denied any knowledge of a shootdown.',
)

# U.S. Central Command press release 20230202-01, 2 February 2023: https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3286799/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/
# (site banner, title, date and release-number lines and the 'TAMPA, Fla.' date line removed; the stored copy breaks off in the Iraq table)
TEXTS['centcom_2023_02_02_iraq_syria_isis_january_review'] = P(
    'During the month of January 2023 U.S. Central Command-led coalition forces and partner forces conducted 43 operations against the Islamic State in Iraq and Syria. These operations degraded ISIS and removed multiple senior ISIS militants from the battlefield, including the Emir of Raqqa and a Syrian provincial media and security operative. These successful operations are part of the mission to ensure the enduring defeat of ISIS.',
    'Coalition member nations remain focused on degrading ISIS capabilities and restoring stability to the region. It is an effort that can only be accomplished by, with, and through our coalition partners.',
    '“While our efforts have degraded ISIS, the group’s vile ideology remains uncontained and unconstrained,” said Gen. Michael "Erik" Kurilla, commander of CENTCOM. “ISIS continues to represent a threat to not only Iraq and Syria, but to the stability and security of the region. Therefore, we must continue the fight against ISIS alongside our partners.”',
    'The following is a summary of the D-ISIS operations for January 2023:',
    'For the month of January 2023, the CENTCOM-led coalition conducted a total of 43 D-ISIS operations, resulting in 11 ISIS operatives killed and 227 detained.',
    'In Iraq:',
    '33 partnered operations',
)

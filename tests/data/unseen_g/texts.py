# -*- coding: utf-8 -*-
"""Article body texts of set (g), copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, date lines, bylines, captions, credit lines and
page furniture removed; wording, spelling, punctuation and quote characters kept as stored.
"""

TEXTS = {}

TEXTS["voa_2008_02_26_iraq_mosul_bus_baquba"] = (
    "Iraqi army officials say a suicide bomber has killed at least nine people on a bus traveling to Syria.\n\n"
    "The officials say the bomber detonated his explosives Tuesday, outside the northern city of Mosul.\n\n"
    "The U.S. military said the blast killed eight people and wounded eight others.\n\n"
    "American officials have described Mosul as the last major urban stronghold of al-Qaida in Iraq.\n\n"
    "In Diyala province, Iraqi police say unidentified gunmen kidnapped 21 men from two buses at a fake checkpoint "
    "Tuesday. Police say the men were seized close to the town of Baquba, north of Baghdad. Three women were "
    "released.\n\n"
    "In related news, Britain's information commissioner has ordered his government to release notes from Cabinet "
    "meetings during the run-up to Britain's decision to take military action in Iraq.\n\n"
    "Commissioner Richard Thomas said Tuesday, the papers should be released to help the public understand the "
    "Cabinet's controversial decision.\n\n"
    "His move is in response to a freedom of information request for the minutes of two Cabinet meetings in 2003, "
    "when ministers discussed the former attorney general's advice on the legality of invading Iraq.\n\n"
    "Thomas said he accepted the Cabinet's argument that certain information should not be released because it "
    "could hurt international relations.\n\n"
    "Separately, a U.S. military spokesman has praised Iraqi security for its handling of the movement of Shi'ite "
    "Muslims as they make a pilgrimage to Karbala.\n\n"
    "Attacks on pilgrims Sunday and Monday killed at least 63 people. Millions of pilgrims are commemorating Arbaeen "
    "this week, the 40th day following the anniversary of the martyrdom 13 centuries ago of the Prophet Muhammad's "
    "grandson.\n\n"
    "Some information for this report was provided by AFP, AP and Reuters."
)

TEXTS["voa_2012_05_14_syria_rastan_al_tamana"] = (
    "Syrian activists say rebels killed 23 soldiers in battles near the city of Homs \u2013 one of the deadliest days "
    "for Syrian forces in a 14-month, anti-government uprising.\n"
    "Activists say Monday's fighting broke out around the town of Rastan, about 25 kilometers north of Homs, after "
    "the town suffered heavy shelling from the Syrian army. They say several people were wounded and several army "
    "vehicles were destroyed during the clashes.\n"
    "The fighting further undercuts a near month-old cease-fire that has been strained by consistent fighting "
    "between rebels and government forces and attacks by Syrian troops. United Nations monitors are in Syria trying "
    "to curb the violence.\n"
    "On Sunday, Syrian troops backed by tanks killed at least five civilians, torched homes and looted shops when "
    "they overran a rebellious Sunni Muslim farming village.\n"
    "The raid against the impoverished village of al-Tamana, 55 kilometers northwest of Hama, cast further doubt on "
    "the viability of U.N.-Arab League envoy Kofi Annan's plan to end the bloody conflict peacefully.\n"
    "The Britain-based Syrian Observatory for Human Rights said al-Tamana was \u201csubjected to collective "
    "punishment\u201d with \u201cover half of its houses burned, several people executed [upon arrest] and the rest "
    "killed from bombardment.\u201d\n"
    "The watchdog group said at least 25 people \u2013 18 civilians, five soldiers and two anti-government rebels "
    "\u2013 were killed Sunday as violence ripped through various Syrian flashpoint areas.\n"
    "Opposition activists said al-Tamana had seen regular anti-government protests. The village was one of dozens "
    "of Sunni settlements torched since Syrian President Bashar al-Assad's forces seized control of the cities of "
    "Homs and Hama.\n"
    "The U.N. says more than 9,000 have died in the 14-month conflict. Violence by Mr. Assad's forces and his armed "
    "foes has continued despite an April 12 cease-fire and the presence of a U.N. monitoring mission."
)

TEXTS["voa_2013_06_10_afghanistan_kabul_airport_zabul"] = (
    "Afghan security forces killed seven heavily-armed Taliban fighters who launched a pre-dawn raid on Kabul's main "
    "airport, one of three separate attacks Monday on state facilities by insurgents around the country.\n"
    "Elite Afghan troops stormed an airport compound occupied by the insurgents who were armed with rocket-propelled "
    "grenades, heavy machine guns and at least one large bomb. After several hours of gunbattles, officials said all "
    "seven of the insurgents were killed.\n"
    "They were apparently targeting NATO's airport headquarters. There were no immediate reports of civilian or "
    "security force casualties.\n"
    "In southern Zabul province, six militants wearing suicide vests attempted to storm the provincial council "
    "building. The insurgents and six others were killed in the attack. A female member of the council is among the "
    "wounded.\n"
    "In Kandahar province, local officials have accused Taliban fighters of beheading two boys - aged 10 and 16 - for "
    "allegedly spying for security forces. A Taliban spokesman says the group was not responsible for the killings.\n"
    "In other violence, Poland said one of its soldiers died when a roadside bomb exploded during a patrol in eastern "
    "Afghanistan, near Ghazni.\n"
    "Poland has the fifth-largest contribution to the U.S.-led NATO coalition with about 1,700 troops in "
    "Afghanistan.\n"
    "Most foreign combat troops are due to leave Afghanistan by the end of 2014."
)

TEXTS["voa_2014_07_05_nigeria_damboa_base"] = (
    "In Nigeria, gunmen believed to be members of Islamist militant group Boko Haram have attacked a military base in "
    "the northeastern town of Damboa.\n\n"
    "A Nigerian army spokesman says troops killed 53 Boko Haram militants during the attack, and that six soldiers "
    "were also killed.\n\n"
    "Residents interviewed by a journalist working for VOA's Hausa service said four police officers, four civilians "
    "and 12 soldiers were killed, including the commanding officer of the base.\n\n"
    "Some local residents say the militants set a number of buildings on fire, including a police station in the "
    "Friday night attack. A Borno police spokesman confirmed the Friday night attack on the base but provided no "
    "further details.\n\n"
    "Damboa is Borno state and near the village of Chibok, where Boko Haram kidnapped more than 200 schoolgirls in "
    "April. The girls are still being held hostage.\n\n"
    "Members of the Chibok community on Friday held a news conference in the Nigerian capital of Abuja, calling on "
    "the government to negotiate with Boko Haram to secure the girls' freedom.\n\n"
    "Chibok residents also called for greater security to protect their village and surrounding areas from the "
    "militants.\n\n"
    "Nigeria's military has come under growing criticism that it is not doing enough to stop Boko Haram attacks.\n\n"
    "Boko Haram has killed thousands in its terror campaign to turn northern Nigeria into a conservative Islamic "
    "state.\n\n"
    "Some information for this report comes from AFP and Reuters."
)

TEXTS["voa_2014_07_21_south_sudan_nassir"] = (
    "Rebels loyal to former South Sudanese vice president Riek Machar said Monday they killed scores of government "
    "soldiers and destroyed military equipment in fierce clashes in the Upper Nile oil town of Nassir.\n\n"
    "\u201cWhat I heard from the military governor this morning is that over 100 government soldiers were killed in "
    "the battle for control of Nassir. We destroyed three armored personnel carriers,\" opposition military "
    "spokesman Lul Ruai Koang said.\n\n"
    "The South Sudanese army denied that Nassir has fallen to the rebels.\n\n"
    "Army Chief of Staff Paul Malong Awan said the fighting in Nassir was another violation by the opposition of the "
    "cessation of hostilities agreement signed in January and recommitted to by both sides since then. He said "
    "government troops are still committed to the ceasefire and only responded to an attack on Nassir by the rebels "
    "on Sunday, in self-defense.\n\n"
    "UNMISS calls new unrest 'deplorable'\n\n"
    "The United Nations Mission in South Sudan (UNMISS) called the fighting the most serious resumption of "
    "hostilities since on May 9, when President Salva Kiir and former vice president Riek Machar met in the "
    "Ethiopian capital and recommitted to the cessation of hostilities agreement.\n\n"
    "UNMISS spokesman Joseph Contreras blamed rebels loyal to Machar for the attack on Nassir. He said many of the "
    "opposition fighters were defectors from the SPLA.\n\n"
    "Contreras called the attack \"deplorable,\" especially coming \"at a time when intensive efforts are under way "
    "by mediators of the Intergovernmental Authority on Development (IGAD) to convince all parties to resume the "
    "suspended peace talks in Addis Ababa.\""
)

TEXTS["voa_2014_12_07_drc_north_kivu_beni"] = (
    "Suspected rebels have killed at least 12 people in the Democratic Republic of Congo, adding to hundreds of "
    "killings in recent months.\n\n"
    "The attack in the northeastern province of North Kivu late Saturday comes after pledges by the government and "
    "the United Nations to reestablish security in the area of Beni, where armed groups and militias are vying for "
    "control of mineral resources.\n\n"
    "One civil society group, Civil Society of North Kivu, reports machetes and axes were used in the latest attack "
    "on villagers and the death toll may be three times as high.\n\n"
    "In the past, Congolese organizations blamed the Allied Democratic Forces and National Army for the Liberation "
    "of Uganda (ADF-NALU) for similar attacks."
)

TEXTS["voa_2019_05_16_yemen_sanaa_airstrikes"] = (
    "The Saudi-led coalition backing Yemen's government carried out a series of airstrikes Thursday in Sanaa that "
    "killed at least six people.\n\n"
    "The airstrikes hit multiple targets in the city and damaged several houses.\n\n"
    "Sanaa has been under the control of Iran-backed Houthi rebels since late 2014, and the airstrikes come days "
    "after the Houthis claimed responsibility for drone attacks against an oil pipeline in Saudi Arabia.\n\n"
    "The Saudi deputy defense minister, Khalid bin Salman, accused rival Iran of ordering the pipeline attacks and "
    "called them \"terrorist acts.\"\n\n"
    "The war in Yemen has left tens of thousands of people dead, while pushing the impoverished country to the brink "
    "of famine. The United Nations says 24 million people are in need of humanitarian aid."
)

TEXTS["voa_2020_03_09_iraq_us_service_members"] = (
    "Two American soldiers were killed by \u201cenemy forces\u201d in Iraq Monday, a statement by the military "
    "said.\n\n"
    "The service members were killed \u201cwhile advising and accompanying Iraqi Security Forces during a mission to "
    "eliminate an ISIS terrorist stronghold in a mountainous area of north central Iraq,\u201d said a statement by "
    "Combined Joint Task Force-Operation Inherent Resolve (CJTF- OIR) \u2014  the headquarters responsible for "
    "overseeing U.S. and coalition efforts against Islamic State.\n\n"
    "The military has not yet released the names of the victims pending notification of next of kin.\n\n"
    "The United States maintains more than 5,000 troops in Iraq to train and support Iraqi forces in the fight "
    "against Islamic State."
)

TEXTS["dod_2022_03_07_europe_500_more_troops"] = (
    "Secretary of Defense Lloyd J. Austin III ordered 500 more U.S. service members to be deployed to locations in "
    "Europe to augment U.S. forces that are already there, Pentagon spokesman John F. Kirby said today.\n\n"
    "The order was issued over the weekend, and the added personnel are being positioned to respond to the security "
    "environment \"caused by Russia's unprovoked invasion of Ukraine and, certainly, to help reinforce and bolster "
    "deterrence and defense capabilities of the NATO alliance,\" Kirby said. This movement is temporary, he added.\n\n"
    "\"[We're] going to adjust our posture continuously as the conditions require. And as [President Joe Biden] has "
    "noted before, we are not and will not send forces into Ukraine,\" he said. The additional personnel will go to "
    "NATO's eastern flank, and the United States will send some KC-135 refueling aircraft out of Fairfield Air Force "
    "Base in Spokane, [ Washington], with about 150 personnel, he said.\n\n"
    "The troops will deploy to Souda Bay, Greece, to give added fueling support to the commander of the U.S. "
    "European Command, Kirby said, adding the 500 deployed service members will include a 40-person air and support "
    "operations center out of Fort Stewart, Georgia.\n\n"
    "Right now, they're planning to deploy to Poland into Romania to help provide additional command and control for "
    "the U.S. European Command flight operations, Kirby said. About 300 personnel will comprise a modular ammunition "
    "ordnance company out of Fort Bragg, North Carolina, and a support maintenance company out of Fort Stewart, he "
    "said. They'll go to Germany to provide additional logistic support to the first Armored Brigade Combat Team 3rd "
    "Infantry Division already deployed there.\n\n"
    "\"These are purely defensive forces,\" Kirby said, calling the troops \"enablers.\""
)

TEXTS["dvids_2024_01_25_new_jersey_44th_ibct_deployment"] = (
    "U.S. Army Soldiers with the 44th Infantry Brigade Combat Team, New Jersey Army National Guard, prepare to depart "
    "from Joint Base McGuire-Dix-Lakehurst, New Jersey, for additional training at Fort Bliss, Texas, prior to "
    "deploying to Southwest Asia, Jan. 25, 2024. More than 1,500 NJARNG Soldiers are deploying in support of U.S. "
    "Central Command\u2019s Combined Joint Task Force - Operation Inherent Resolve. This is the largest deployment "
    "of New Jersey Army National Guard Soldiers since 2008."
)

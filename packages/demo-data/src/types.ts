import type { County } from '@jining/reference-data';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: 'ENTERPRISE' | 'VOCATIONAL_COLLEGE' | 'TECHNICAL_SCHOOL' | 'EVALUATION_ORGANISATION';
  creditCode: string;
  countyCode: string;
  stateOwned: boolean;
  climbing: boolean;
  industryEducationIntegration: boolean;
}
export interface DemoPerson { id: string; name: string; idNumber: string; countyCode: string; employerId: string | null }
export interface DemoCertificate {
  id: string; personId: string; level: string; occupation: string; issuerId: string; issuedOn: string;
  route: 'SKILL_LEVEL_CERTIFICATION' | 'VOCATIONAL_QUALIFICATION' | 'DIRECT_CERTIFICATION' | 'ONE_EXAM_TWO_CERTIFICATES';
  certificateNo: string;
}
export interface DemoStudio {
  id: string; name: string; level: 'CITY' | 'NATIONAL' | 'QILU_STATION' | 'PROVINCIAL_WORKSTATION';
  leadId: string; hostId: string; trade: string; approvedOn: string;
}
export interface DemoResult { id: string; personId: string; rank: number; medal: 'GOLD' | 'SILVER' | 'BRONZE' | 'EXCELLENCE' | null }
export interface DemoCompetition {
  id: string; name: string; tier: 'WORLD' | 'NATIONAL' | 'PROVINCIAL' | 'CITY_CATEGORY_1' | 'CITY_CATEGORY_2';
  trade: string; year: number; heldOn: string; results: DemoResult[];
}
export interface DemoHonour {
  id: string; kind: 'CHIEF_TECHNICIAN' | 'GRAND_CRAFTSMAN' | 'CRAFTSMAN' | 'HANDICRAFT_CRAFTSMAN' | 'TECHNICAL_EXPERT' | 'SKILLS_CHAMPION';
  year: number; personId: string; status: 'NOMINATED' | 'APPROVED' | 'REJECTED' | 'REVOKED';
}
export interface DemoDataset {
  counties: readonly County[];
  organisations: DemoOrganisation[];
  people: DemoPerson[];
  certificates: DemoCertificate[];
  studios: DemoStudio[];
  competitions: DemoCompetition[];
  honours: DemoHonour[];
}

import type { County } from '@jining/reference-data';
import type {
  CertificationRoute,
  CompetitionTier,
  HonourKind,
  HonourStatus,
  Medal,
  OrganisationKind,
  SkillLevel,
  StudioLevel,
} from '@jining/rules';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  countyCode: string;
  stateOwned: boolean;
  climbing: boolean;
  industryEducationIntegration: boolean;
}
export interface DemoPerson {
  id: string;
  name: string;
  idNumber: string;
  countyCode: string;
  employerId: string | null;
}
export interface DemoCertificate {
  id: string;
  personId: string;
  level: SkillLevel;
  occupation: string;
  issuerId: string;
  issuedOn: string;
  route: Extract<
    CertificationRoute,
    'SKILL_LEVEL_CERTIFICATION' | 'VOCATIONAL_QUALIFICATION' | 'DIRECT_CERTIFICATION' | 'ONE_EXAM_TWO_CERTIFICATES'
  >;
  certificateNo: string;
}
export interface DemoStudio {
  id: string;
  name: string;
  level: StudioLevel;
  leadId: string;
  hostId: string;
  trade: string;
  approvedOn: string;
}
export interface DemoResult {
  id: string;
  personId: string;
  rank: number;
  medal: Medal | null;
}
export interface DemoCompetition {
  id: string;
  name: string;
  tier: CompetitionTier;
  trade: string;
  year: number;
  heldOn: string;
  results: DemoResult[];
}
export interface DemoHonour {
  id: string;
  kind: HonourKind;
  year: number;
  personId: string;
  status: HonourStatus;
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

import { graphql } from '../../gql';

export const MasterStudiosQueryDoc = graphql(`
  query MasterStudios(
    $first: Int!
    $after: String
    $level: StudioLevel
    $status: StudioStatus
    $search: String
    $hostId: ID
  ) {
    masterStudios(first: $first, after: $after, level: $level, status: $status, search: $search, hostId: $hostId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          level
          status
          trade
          appliedOn
          approvedOn
          publicityStartsOn
          publicityEndsOn
          lead {
            id
            name
          }
          host {
            id
            name
            creditCode
          }
        }
      }
    }
  }
`);

export const StudioYearQueryDoc = graphql(`
  query StudioYear($year: Int!) {
    studioYear(year: $year) {
      year
      citySelected
      target
      lower
      upper
      remaining
      status
      clause
      zh
    }
  }
`);

export const StudioDetailQueryDoc = graphql(`
  query StudioDetail($id: ID!) {
    masterStudio(id: $id) {
      id
      name
      level
      status
      trade
      appliedOn
      approvedOn
      urgentFieldAttested
      selectedBy
      approvedBy
      publicityStartsOn
      publicityEndsOn
      documentNo
      documentDate
      statusReason
      lead {
        id
        name
      }
      host {
        id
        name
        entitlements {
          id
          ruleId
          amount
          status
          description
        }
      }
      history {
        id
        action
        fromStatus
        toStatus
        level
        actorId
        actorName
        note
        at
      }
      objections {
        id
        content
        receivedOn
        recordedBy
      }
      assessments {
        id
        year
        result
        note
      }
    }
  }
`);

export const ApplyForStudioDoc = graphql(`
  mutation ApplyForStudio($input: ApplyForStudioInput!) {
    applyForStudio(input: $input) {
      id
      status
    }
  }
`);
export const ReviewStudioDoc = graphql(`
  mutation ReviewStudio($input: ReviewStudioInput!) {
    reviewStudio(input: $input) {
      id
      status
    }
  }
`);
export const RejectStudioDoc = graphql(`
  mutation RejectStudio($input: StudioReasonInput!) {
    rejectStudio(input: $input) {
      id
      status
    }
  }
`);
export const SelectStudioDoc = graphql(`
  mutation SelectStudio($input: SelectStudioInput!) {
    selectStudio(input: $input) {
      id
      status
    }
  }
`);
export const PublishStudioDoc = graphql(`
  mutation PublishStudio($input: PublishStudioInput!) {
    publishStudio(input: $input) {
      id
      status
    }
  }
`);
export const ObjectToStudioDoc = graphql(`
  mutation ObjectToStudio($input: ObjectToStudioInput!) {
    objectToStudio(input: $input) {
      id
      status
    }
  }
`);
export const ApproveStudioDoc = graphql(`
  mutation ApproveStudio($input: StudioNoteInput!) {
    approveStudio(input: $input) {
      id
      status
    }
  }
`);
export const UpgradeStudioDoc = graphql(`
  mutation UpgradeStudio($input: UpgradeStudioInput!) {
    upgradeStudio(input: $input) {
      id
      status
    }
  }
`);
export const RecordStudioAssessmentDoc = graphql(`
  mutation RecordStudioAssessment($input: RecordStudioAssessmentInput!) {
    recordStudioAssessment(input: $input) {
      id
      status
    }
  }
`);
export const SuspendStudioDoc = graphql(`
  mutation SuspendStudio($input: StudioReasonInput!) {
    suspendStudio(input: $input) {
      id
      status
    }
  }
`);
export const ResumeStudioDoc = graphql(`
  mutation ResumeStudio($input: StudioNoteInput!) {
    resumeStudio(input: $input) {
      id
      status
    }
  }
`);
export const RevokeStudioDoc = graphql(`
  mutation RevokeStudio($input: StudioReasonInput!) {
    revokeStudio(input: $input) {
      id
      status
    }
  }
`);
export const RecordHigherStudioApprovalDoc = graphql(`
  mutation RecordHigherStudioApproval($input: RecordHigherStudioApprovalInput!) {
    recordHigherStudioApproval(input: $input) {
      id
      status
    }
  }
`);

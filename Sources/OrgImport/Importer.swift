/// The planner's own files read into a chart.
public enum OrgImportModule {}
